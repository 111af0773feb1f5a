#include "portal/routes.h"

#include "portal/handlers/case_handlers.h"
#include "portal/handlers/contact_handlers.h"
#include "portal/handlers/document_handlers.h"
#include "portal/handlers/faq_handlers.h"
#include "portal/handlers/home_handlers.h"
#include "portal/handlers/login_handlers.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/profile_handlers.h"
#include "portal/handlers/search_handlers.h"

namespace portal {

namespace {

web::Handler bind(const Context& context, web::HttpResponse (*handler)(const Context&, web::HttpRequest&))
{
    return [&context, handler](web::HttpRequest& request) { return handler(context, request); };
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
    router.add("GET", "/kb", bind(context, show_knowledge_base));
    router.add("GET", "/kb/category", bind(context, show_faq_category));
    router.add("GET", "/kb/{id}", bind(context, show_faq_article));
    router.add("GET", "/language", bind(context, choose_language));
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
