#include "portal/handlers/pages.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/services/account_service.h"
#include "portal/services/module_pages.h"
#include "portal/services/support_period.h"
#include "portal/views/language_choice.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

std::shared_ptr<Session> find_session(const Context& context, const Request& request)
{
    auto id = request.cookie(k_session_cookie);
    if (!id || id->empty() || id->size() > 128)
        return nullptr;
    return context.sessions.find(*id);
}

std::string request_language(const Renderer& renderer, const Request& request)
{
    return portal::choose_language(renderer.languages(), request.cookie(k_language_cookie),
        request.header("accept-language"), renderer.default_language());
}

namespace {

// Only a path on this site: "//evil.example" or "https://…" would make the
// language links an open redirect.
std::string local_path(std::string_view next)
{
    bool local = next.starts_with('/') && !next.starts_with("//") && next.find('\\') == std::string_view::npos
        && next.find_first_of("\r\n") == std::string_view::npos && next.size() <= 2048;
    return local ? std::string(next) : "/";
}

void add_language_choice(const Renderer& renderer, const Request& request, const std::string& current, ViewData& data)
{
    std::string here = request.path + (request.query_string.empty() ? "" : "?" + request.query_string);
    for (const auto& code : renderer.languages()) {
        auto& row = data.add_row("LANGUAGE_CHOICE");
        row.set("LANGUAGE_CODE", html_language_tag(code));
        row.set("LANGUAGE_NAME", renderer.catalog(code).text("LBL_LANGUAGE_NAME"));
        row.set("LANGUAGE_URL", "/language?set=" + code + "&next=" + base::url_encode(here));
        if (code == current)
            row.show("CURRENT_LANGUAGE");
        else
            row.show("OTHER_LANGUAGE");
    }
}

}

namespace {

// The menu follows the CRM's module order, like the PHP portal's; a module
// the portal has no page for is left out.
void add_menu(ViewData& data, const Catalog& words, const Session& session, const std::string& path)
{
    auto& home = data.add_row("MENU_ITEM");
    home.set("MENU_URL", "/");
    home.set("MENU_LABEL", words.text("LBL_HOME"));
    if (path == "/")
        home.show("CURRENT_ITEM");
    for (const auto& module : session.modules().modules) {
        const ModulePage* entry = module_page(module.name);
        if (!entry)
            continue;
        auto& item = data.add_row("MENU_ITEM");
        item.set("MENU_URL", std::string(entry->url));
        item.set("MENU_LABEL",
            entry->word.empty() ? decode_html_entities(module.ui_label.empty() ? module.name : module.ui_label)
                                : words.text(entry->word));
        std::string_view url = entry->url;
        if (path == url || (path.starts_with(url) && path[url.size()] == '/'))
            item.show("CURRENT_ITEM");
    }
}

}

namespace {

// The link to the sign-in history (inside LOGGED_IN) and the notice of a
// support period that ends soon.
void add_account_notices(const Context& context, const Catalog& words, const Session& session, ViewData& data)
{
    if (sign_in_history_offered(context))
        data.sections["LOGGED_IN"].front().show("SIGN_IN_HISTORY_LINK");
    if (auto end = support_ending_soon(context, session))
        data.add_row("SUPPORT_ENDING")
            .set("SUPPORT_ENDING_TEXT", words.format("LBL_SUPPORT_ENDING", { { "date", format_date(words, *end) } }));
}

}

web::HttpResponse choose_language(const Context& context, Request& request)
{
    (void)context;
    std::string code = request.query_param("set").value_or("");
    auto response = web::HttpResponse::redirect(local_path(request.query_param("next").value_or("/")));
    auto languages = request.renderer->languages();
    if (std::find(languages.begin(), languages.end(), code) == languages.end())
        return response;
    web::CookieOptions options;
    options.secure = request.https;
    options.max_age = 365L * 24 * 60 * 60;
    response.set_cookie(k_language_cookie, code, options);
    return response;
}

web::HttpResponse page(const Context& context, const Request& request, int status, std::string_view page_name,
    std::string_view title_key, ViewData data)
{
    const std::string& language = request.language;
    const Renderer* renderer = request.renderer.get();
    const Session* session = request.session.get();
    if (!data.values.contains("PAGE_TITLE"))
        data.set("PAGE_TITLE", renderer->catalog(language).text(title_key));
    data.set("PAGE_NAME", std::string(page_name));
    if (session) {
        ViewData& user = data.add_row("LOGGED_IN");
        user.set("CONTACT_NAME", session->modules().contact.label);
        user.set("CSRF_TOKEN", session->csrf_token());
        data.set("FORM_TOKEN", random_token(16));
        add_menu(user, renderer->catalog(language), *session, request.path);
        if (request.path == "/account/password")
            user.show("PASSWORD_PAGE");
        add_account_notices(context, renderer->catalog(language), *session, data);
        if (std::string notice = session->take_notice(); !notice.empty())
            data.add_row("NOTICE").set("NOTICE_TEXT", notice);
    }
    add_language_choice(*renderer, request, language, data);
    auto response = web::HttpResponse::html(status, renderer->render(page_name, data, language));
    response.set_header("Cache-Control", "no-store");
    return response;
}

web::HttpResponse error_page(const Context& context, const Request& request, int status, std::string_view title_key,
    std::string_view message_key)
{
    ViewData data;
    data.set("ERROR_STATUS", std::to_string(status));
    data.set("ERROR_MESSAGE", request.words().text(message_key));
    return page(context, request, status, "error", title_key, std::move(data));
}

web::HttpResponse not_found(const Context& context, const Request& request)
{
    return error_page(context, request, 404, "LBL_NOT_FOUND_TITLE", "LBL_NOT_FOUND_MESSAGE");
}

bool has_valid_csrf_token(const Session& session, const Request& request)
{
    return !request.body_too_large
        && equal_in_constant_time(session.csrf_token(), request.form_param("csrf_token").value_or(""));
}

web::HttpResponse csrf_refusal(const Context& context, const Request& request)
{
    base::log::warning(
        "web", request.method + " " + request.path + " without a valid CSRF token from " + request.remote_address);
    return error_page(context, request, 400, "LBL_FORM_EXPIRED_TITLE", "LBL_FORM_EXPIRED");
}

void set_session_cookie(web::HttpResponse& response, const Request& request, const Session& session)
{
    web::CookieOptions options;
    options.secure = request.https;
    options.same_site = "Lax";
    response.set_cookie(k_session_cookie, session.id(), options);
}

std::string page_after_login(std::string_view asked)
{
    constexpr std::size_t k_max_length = 2000;
    bool local = asked.size() > 1 && asked.size() <= k_max_length && asked[0] == '/' && asked[1] != '/'
        && asked[1] != '\\' && !asked.starts_with("/login") && !asked.starts_with("/logout");
    bool printable
        = std::all_of(asked.begin(), asked.end(), [](char c) { return static_cast<unsigned char>(c) > 0x20; });
    return local && printable ? std::string(asked) : std::string("/");
}

web::HttpResponse redirect_to_login(const Request& request, std::string_view next, bool ended)
{
    std::string target = "/login";
    std::string separator = "?";
    if (page_after_login(next) != "/") {
        target += "?next=" + base::url_encode(next);
        separator = "&";
    }
    if (ended)
        target += separator + "ended=1";
    auto response = web::HttpResponse::redirect(target);
    web::CookieOptions expired;
    expired.max_age = 0;
    expired.secure = request.https;
    response.set_cookie(k_session_cookie, "", expired);
    return response;
}

web::HttpResponse redirect_to_login(const Request& request)
{
    // A page asked for by GET is where the customer returns once signed in.
    std::string asked = request.path + (request.query_string.empty() ? "" : "?" + request.query_string);
    return redirect_to_login(request, request.method == "GET" ? asked : "", false);
}

web::HttpResponse crm_failure(const Context& context, const Request& request, const base::Error& error)
{
    auto failure = crm::failure_of(error);
    switch (failure) {
    case crm::Failure::login_refused:
        // The CRM no longer takes this customer's password (changed or access ended).
        base::log::info("auth", "the CRM refused a session's credentials: " + error.message());
        if (request.session)
            context.sessions.end(request.session->id());
        return redirect_to_login(request);
    case crm::Failure::not_found:
        return error_page(context, request, 404, "LBL_NOT_FOUND_TITLE", "LBL_RECORD_NOT_FOUND_MESSAGE");
    case crm::Failure::slow:
        base::log::error("crm", error.code() + ": " + error.message());
        return error_page(context, request, 504, "LBL_CRM_SLOW_TITLE", "LBL_CRM_SLOW_MESSAGE");
    case crm::Failure::unreachable:
        base::log::error("crm", error.code() + ": " + error.message());
        return error_page(context, request, 503, "LBL_CRM_DOWN_TITLE", "LBL_CRM_DOWN_MESSAGE");
    case crm::Failure::refused:
    case crm::Failure::bad_answer:
        break;
    }
    // The CRM answered, badly or with a refusal the page did not expect: not
    // a CRM out of reach.
    base::log::error("crm", error.code() + ": " + error.message());
    return error_page(context, request, 502, "LBL_CRM_ERROR_TITLE", "LBL_CRM_ERROR_MESSAGE");
}

void add_security_headers(web::HttpResponse& response)
{
    response.set_header("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: https:; style-src 'self' https:; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "same-origin");
}

}
