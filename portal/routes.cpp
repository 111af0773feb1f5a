#include "portal/routes.h"

#include "base/log.h"
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
#include "portal/handlers/password_handlers.h"
#include "portal/handlers/profile_handlers.h"
#include "portal/handlers/public_forms.h"
#include "portal/handlers/record_handlers.h"
#include "portal/handlers/search_handlers.h"
#include "portal/handlers/signup_handlers.h"

#include <chrono>

namespace portal {

namespace {

using namespace std::chrono_literals;

using PageHandler = std::function<web::HttpResponse(const Context&, Request&)>;

enum class Access {
    visitor, // sign-in, sign-up, password help: no session is looked up
    customer, // the session is required; POSTs carry its CSRF token
};

// How the wrapper prepares one route before its handler runs.
struct PageRoute {
    PageHandler handler;
    Access access = Access::customer;
    // For a customer POST: the page that shows its form ("/cases/{id}"), so
    // that what was typed after the session ended is given back there.
    std::string form_page;
    // The handler answers a body too large to read itself (a form with files).
    bool shows_oversized = false;
    // The record may be asked for as a file: /invoices/12x5.pdf.
    bool takes_pdf = false;
};

// The form page of a POST route, its {name}s filled from the request.
std::string form_page_of(const PageRoute& route, const web::HttpRequest& request)
{
    std::string page = route.form_page;
    for (const auto& [name, value] : request.path_params) {
        std::string placeholder = "{" + name + "}";
        if (auto at = page.find(placeholder); at != std::string::npos)
            page.replace(at, placeholder.size(), value);
    }
    return page;
}

bool kept_field(const std::string& name)
{
    return name != "csrf_token" && name != "form_token" && name.find("password") == std::string::npos;
}

web::CookieOptions draft_cookie(const web::HttpRequest& request, long max_age)
{
    web::CookieOptions options;
    options.secure = request.https;
    options.same_site = "Lax";
    options.max_age = max_age;
    return options;
}

// No session (never signed in, signed out, or expired): to the sign-in page,
// which returns to the page asked for. A form sent with a session that has
// ended is told so there, and what it carried is kept for the form's page.
web::HttpResponse session_ended(const Context& context, const Request& request, const PageRoute& route)
{
    // A page asked for by GET returns to itself after sign-in.
    if (request.method != "POST")
        return redirect_to_login(request);
    bool ended = !request.cookie(k_session_cookie).value_or("").empty();
    if (route.form_page.empty() || request.body_too_large)
        return redirect_to_login(request, "", ended);
    FormDrafts::Draft draft { form_page_of(route, request), request.path, {}, !request.files.empty() };
    for (const auto& [name, value] : request.form) {
        if (kept_field(name))
            draft.fields.emplace(name, value);
    }
    auto response = redirect_to_login(request, draft.page, true);
    if (draft.fields.empty())
        return response;
    std::string id = context.drafts.keep(draft);
    if (id.empty()) {
        base::log::warning("web", "POST " + request.path + " after the session ended: the typed text was not kept");
        return response;
    }
    base::log::info("web", "POST " + request.path + " after the session ended: the typed text is kept for its page");
    response.set_cookie(k_draft_cookie, id,
        draft_cookie(request, std::chrono::duration_cast<std::chrono::seconds>(FormDrafts::k_lifetime).count()));
    return response;
}

// A GET of a form's page gives back what the browser's draft holds for it.
bool restore_draft(const Context& context, Request& request)
{
    auto id = request.cookie(k_draft_cookie);
    if (!id || id->empty() || id->size() > 128)
        return false;
    auto draft = context.drafts.take(*id, request.path);
    if (!draft)
        return false;
    request.draft = { draft->action, std::move(draft->fields), draft->had_files };
    return true;
}

bool is_redirect_to_a_page(const web::HttpResponse& response)
{
    const std::string* location = response.header("Location");
    return (response.status == 302 || response.status == 303) && location && !location->starts_with("/login");
}

// One write per form token: a repeated POST (double-click, reload, back
// button) gets the answer of the first, which it waits for if need be.
web::HttpResponse once(const Context& context, Request& request, const PageRoute& route)
{
    std::string token = request.form_param("form_token").value_or("");
    if (token.empty() || token.size() > 64)
        return route.handler(context, request);
    std::string key = token + " " + request.path;
    auto claim = request.session->claim_submission(key, 30s);
    if (claim.claim == Session::Claim::repeat) {
        base::log::info("web", "POST " + request.path + " repeated: answered as the first one was");
        return web::HttpResponse::redirect(claim.answer);
    }
    if (claim.claim == Session::Claim::still_running)
        return error_page(context, request, 409, "LBL_FORM_BUSY_TITLE", "LBL_FORM_BUSY");
    auto response = route.handler(context, request);
    request.session->finish_submission(key, is_redirect_to_a_page(response) ? *response.header("Location") : "");
    return response;
}

web::HttpResponse answer(const Context& context, Request& request, const PageRoute& route)
{
    request.renderer = context.views.current();
    request.language = request_language(*request.renderer, request);
    if (route.access == Access::visitor) {
        request.form_token_valid = request.method == "POST" && has_valid_public_form_token(request);
        return route.handler(context, request);
    }
    request.session = find_session(context, request);
    if (!request.session)
        return session_ended(context, request, route);
    bool posted = request.method == "POST";
    if (posted && !(request.body_too_large && route.shows_oversized)
        && !has_valid_csrf_token(*request.session, request))
        return csrf_refusal(context, request);
    if (request.path_params.contains("id")) {
        std::string text = request.path_param("id");
        if (route.takes_pdf && text.ends_with(".pdf")) {
            request.path_params["suffix"] = ".pdf";
            text.resize(text.size() - 4);
        }
        request.path_params["id"] = text;
        auto id = request.record_param("id");
        if (!id)
            return not_found(context, request);
        request.id = *id;
    }
    if (posted)
        return once(context, request, route);
    bool restored = restore_draft(context, request);
    auto response = route.handler(context, request);
    if (restored)
        response.set_cookie(k_draft_cookie, "", draft_cookie(request, 0));
    return response;
}

web::Handler bind(const Context& context, PageRoute route)
{
    return [&context, route = std::move(route)](web::HttpRequest& http) {
        Request request;
        static_cast<web::HttpRequest&>(request) = std::move(http);
        auto response = answer(context, request, route);
        // The server logs the request after its answer.
        http = std::move(static_cast<web::HttpRequest&>(request));
        return response;
    };
}

using Plain = web::HttpResponse (*)(const Context&, Request&);

PageRoute customer(Plain handler, std::string form_page = "")
{
    return { handler, Access::customer, std::move(form_page), false, false };
}
PageRoute visitor(Plain handler) { return { handler, Access::visitor, "", false, false }; }
PageRoute with_files(Plain handler, std::string form_page)
{
    return { handler, Access::customer, std::move(form_page), true, false };
}

using RecordHandler = web::HttpResponse (*)(const Context&, Request&, const RecordModule&);

PageRoute customer(RecordHandler handler, const RecordModule& module, std::string form_page = "")
{
    return { [handler, &module](const Context& context, Request& request) { return handler(context, request, module); },
        Access::customer, std::move(form_page), false, false };
}

// Invoices, quotes, orders, products, services, assets, projects …: one set
// of pages per module; whether a customer sees them is the CRM's choice.
void add_record_routes(web::Router& router, const Context& context)
{
    for (const auto& module : record_modules()) {
        std::string path(module.path);
        router.add("GET", path, bind(context, customer(show_record_list, module)));
        PageRoute record = customer(show_record, module);
        record.takes_pdf = module.printable;
        router.add("GET", path + "/{id}", bind(context, std::move(record)));
        router.add("GET", path + "/{id}/edit", bind(context, customer(show_record_edit, module)));
        router.add(
            "POST", path + "/{id}/edit", bind(context, customer(submit_record_edit, module, path + "/{id}/edit")));
        router.add(
            "POST", path + "/{id}/comments", bind(context, customer(submit_record_comment, module, path + "/{id}")));
        if (module.module == std::string_view("Quotes"))
            router.add("POST", path + "/{id}/decision",
                bind(context, customer(submit_quote_decision, module, path + "/{id}")));
    }
}

}

web::Router make_routes(const Context& context)
{
    web::Router router;
    router.add("GET", "/", bind(context, customer(show_home)));
    router.add("GET", "/login", bind(context, visitor(show_login)));
    router.add("POST", "/login", bind(context, visitor(submit_login)));
    router.add("POST", "/logout", bind(context, customer(submit_logout)));
    router.add("GET", "/cases", bind(context, customer(show_cases)));
    router.add("GET", "/cases/{id}", bind(context, customer(show_case)));
    router.add("POST", "/cases/{id}/comments", bind(context, customer(submit_case_comment, "/cases/{id}")));
    router.add("POST", "/cases/{id}/close", bind(context, customer(submit_case_close, "/cases/{id}")));
    router.add("POST", "/cases/{id}/reopen", bind(context, customer(submit_case_reopen, "/cases/{id}")));
    router.add("GET", "/cases/{id}/edit", bind(context, customer(show_case_edit)));
    router.add("POST", "/cases/{id}/edit", bind(context, customer(submit_case_edit, "/cases/{id}/edit")));
    router.add("GET", "/cases/{id}/documents/{document}", bind(context, customer(download_case_document)));
    router.add("GET", "/cases/{id}/comments/{comment}/attachments/{attachment}",
        bind(context, customer(download_comment_attachment)));
    router.add("GET", "/cases/new", bind(context, customer(show_new_case)));
    router.add("POST", "/cases", bind(context, with_files(submit_new_case, "/cases/new")));
    router.add("GET", "/cases/export.csv", bind(context, customer(export_cases_csv)));
    router.add("GET", "/kb", bind(context, customer(show_knowledge_base)));
    router.add("GET", "/kb/category", bind(context, customer(show_faq_category)));
    router.add("GET", "/kb/{id}", bind(context, customer(show_faq_article)));
    router.add("GET", "/kb/search", bind(context, customer(show_faq_search)));
    router.add("POST", "/kb/{id}/comments", bind(context, customer(submit_faq_comment, "/kb/{id}")));
    router.add("GET", "/kb/{id}/documents/{document}", bind(context, customer(download_faq_document)));
    router.add("GET", "/language", bind(context, visitor(choose_language)));
    router.add("GET", "/account/password", bind(context, customer(show_change_password)));
    router.add("POST", "/account/password", bind(context, customer(submit_change_password)));
    add_record_routes(router, context);
    router.add("GET", "/forgot-password", bind(context, visitor(show_forgot_password)));
    router.add("POST", "/forgot-password", bind(context, visitor(submit_forgot_password)));
    router.add("GET", "/reset-password", bind(context, visitor(show_reset_password)));
    router.add("POST", "/reset-password", bind(context, visitor(submit_reset_password)));
    router.add("GET", "/signup", bind(context, visitor(show_signup)));
    router.add("POST", "/signup", bind(context, visitor(submit_signup)));
    router.add("GET", "/signup/captcha", bind(context, visitor(show_captcha)));
    router.add("GET", "/signup/confirm", bind(context, visitor(confirm_signup)));
    router.add("GET", "/account/logins", bind(context, customer(show_login_history)));
    router.add("GET", "/documents", bind(context, customer(show_documents)));
    router.add("POST", "/documents", bind(context, with_files(submit_document, "/documents")));
    router.add("GET", "/documents/{id}", bind(context, customer(show_document)));
    router.add("GET", "/documents/{id}/download", bind(context, customer(download_document)));
    router.add("GET", "/contacts", bind(context, customer(show_contacts)));
    router.add("GET", "/contacts/{id}", bind(context, customer(show_contact)));
    router.add("GET", "/profile", bind(context, customer(show_profile)));
    router.add("POST", "/profile", bind(context, customer(submit_profile, "/profile")));
    router.add("GET", "/organisation", bind(context, customer(show_organisation)));
    router.add("GET", "/search", bind(context, customer(show_search)));
    router.set_not_found(bind(context,
        { [](const Context& context, Request& request) {
             request.session = find_session(context, request);
             return not_found(context, request);
         },
            Access::visitor, "", false, false }));
    return router;
}

}
