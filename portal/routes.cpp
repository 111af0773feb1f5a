#include "portal/routes.h"

#include "portal/handlers/account_handlers.h"
#include "portal/handlers/case_actions.h"
#include "portal/handlers/case_edit.h"
#include "portal/handlers/case_export_handlers.h"
#include "portal/handlers/case_form_handlers.h"
#include "portal/handlers/case_handlers.h"
#include "portal/handlers/contact_handlers.h"
#include "portal/handlers/document_handlers.h"
#include "portal/handlers/faq_handlers.h"
#include "portal/handlers/home_handlers.h"
#include "portal/handlers/login_handlers.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_handlers.h"
#include "portal/handlers/password_handlers.h"
#include "portal/handlers/signup_handlers.h"
#include "portal/handlers/profile_handlers.h"
#include "portal/handlers/search_handlers.h"

namespace portal {

namespace {

web::Handler bind(const Context& context, web::HttpResponse (*handler)(const Context&, web::HttpRequest&))
{
    return [&context, handler](web::HttpRequest& request) { return handler(context, request); };
}

using RecordHandler = web::HttpResponse (*)(const Context&, web::HttpRequest&, const RecordModule&);

web::Handler bind(const Context& context, RecordHandler handler, const RecordModule& module)
{
    return [&context, handler, &module](web::HttpRequest& request) { return handler(context, request, module); };
}

// Invoices, quotes, orders, products, services, assets, projects …: one set
// of pages per module; whether a customer sees them is the CRM's choice.
void add_record_routes(web::Router& router, const Context& context)
{
    for (const auto& module : record_modules()) {
        std::string path(module.path);
        router.add("GET", path, bind(context, show_record_list, module));
        router.add("GET", path + "/{id}", bind(context, show_record, module));
        router.add("GET", path + "/{id}/edit", bind(context, show_record_edit, module));
        router.add("POST", path + "/{id}/edit", bind(context, submit_record_edit, module));
        router.add("POST", path + "/{id}/comments", bind(context, submit_record_comment, module));
        if (module.module == std::string_view("Quotes"))
            router.add("POST", path + "/{id}/decision", bind(context, submit_quote_decision, module));
    }
}

}

web::Router make_routes(const Context& context)
{
    web::Router router;
    router.add("GET", "/", bind(context, show_home));
    router.add("GET", "/login", bind(context, show_login));
    router.add("POST", "/login", bind(context, submit_login));
    router.add("POST", "/logout", bind(context, submit_logout));
    router.add("GET", "/cases", bind(context, show_cases));
    router.add("GET", "/cases/{id}", bind(context, show_case));
    router.add("POST", "/cases/{id}/comments", bind(context, submit_case_comment));
    router.add("POST", "/cases/{id}/close", bind(context, submit_case_close));
    router.add("POST", "/cases/{id}/reopen", bind(context, submit_case_reopen));
    router.add("GET", "/cases/{id}/edit", bind(context, show_case_edit));
    router.add("POST", "/cases/{id}/edit", bind(context, submit_case_edit));
    router.add("GET", "/cases/{id}/documents/{document}", bind(context, download_case_document));
    router.add(
        "GET", "/cases/{id}/comments/{comment}/attachments/{attachment}", bind(context, download_comment_attachment));
    router.add("GET", "/cases/new", bind(context, show_new_case));
    router.add("POST", "/cases", bind(context, submit_new_case));
    router.add("GET", "/cases/export.csv", bind(context, export_cases_csv));
    router.add("GET", "/kb", bind(context, show_knowledge_base));
    router.add("GET", "/kb/category", bind(context, show_faq_category));
    router.add("GET", "/kb/{id}", bind(context, show_faq_article));
    router.add("GET", "/kb/search", bind(context, show_faq_search));
    router.add("POST", "/kb/{id}/comments", bind(context, submit_faq_comment));
    router.add("GET", "/kb/{id}/documents/{document}", bind(context, download_faq_document));
    router.add("GET", "/language", bind(context, choose_language));
    router.add("GET", "/account/password", bind(context, show_change_password));
    router.add("POST", "/account/password", bind(context, submit_change_password));
    add_record_routes(router, context);
    router.add("GET", "/forgot-password", bind(context, show_forgot_password));
    router.add("POST", "/forgot-password", bind(context, submit_forgot_password));
    router.add("GET", "/reset-password", bind(context, show_reset_password));
    router.add("POST", "/reset-password", bind(context, submit_reset_password));
    router.add("GET", "/signup", bind(context, show_signup));
    router.add("POST", "/signup", bind(context, submit_signup));
    router.add("GET", "/signup/captcha", bind(context, show_captcha));
    router.add("GET", "/signup/confirm", bind(context, confirm_signup));
    router.add("GET", "/account/logins", bind(context, show_login_history));
    router.add("GET", "/documents", bind(context, show_documents));
    router.add("POST", "/documents", bind(context, submit_document));
    router.add("GET", "/documents/{id}", bind(context, show_document));
    router.add("GET", "/documents/{id}/download", bind(context, download_document));
    router.add("GET", "/contacts", bind(context, show_contacts));
    router.add("GET", "/contacts/{id}", bind(context, show_contact));
    router.add("GET", "/profile", bind(context, show_profile));
    router.add("POST", "/profile", bind(context, submit_profile));
    router.add("GET", "/organisation", bind(context, show_organisation));
    router.add("GET", "/search", bind(context, show_search));
    router.set_not_found([&context](web::HttpRequest& request) { return not_found(context, request); });
    return router;
}

}
