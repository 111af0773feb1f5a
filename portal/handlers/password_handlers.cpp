#include "portal/handlers/password_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/new_password.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/public_forms.h"
#include "portal/services/account_service.h"

#include <chrono>
#include <thread>
#include <variant>

namespace portal {

namespace {

// Answers to /forgot-password take at least this long, so that the time
// does not tell a known address (the CRM writes a link) from an unknown one.
constexpr auto k_forgot_password_time = std::chrono::milliseconds(800);

web::HttpResponse forgot_password_form(
    const Context& context, const Request& request, int status, const std::string& email, std::string message)
{
    ViewData data;
    data.set("EMAIL", email);
    data.set("FORGOT_INTRO",
        request.words().text(crm_sends_reset_links(context) ? "LBL_FORGOT_INTRO_LINK" : "LBL_FORGOT_INTRO_MAIL"));
    if (!message.empty())
        add_message(data, std::move(message));
    return public_form_page(context, request, status, "forgot_password", "LBL_FORGOT_TITLE", std::move(data));
}

web::HttpResponse forgot_password_sent(const Context& context, const Request& request, const std::string& email)
{
    std::string key = crm_sends_reset_links(context) ? "LBL_FORGOT_SENT_LINK" : "LBL_FORGOT_SENT_MAIL";
    return notice_page(context, request, 200, "LBL_FORGOT_TITLE",
        { request.words().format(key, { { "email", email } }), request.words().text("LBL_FORGOT_NO_MAIL") },
        { { "/login", "LBL_BACK_TO_SIGN_IN" } });
}

// Used, expired or unknown: the page says which, and that a new link helps.
web::HttpResponse link_not_usable(const Context& context, const Request& request, std::string_view why_key)
{
    return notice_page(context, request, 410, "LBL_LINK_NOT_USABLE_TITLE",
        { request.words().text(why_key), request.words().text("LBL_ASK_FOR_NEW_LINK") },
        { { "/forgot-password", "LBL_ASK_NEW_LINK" }, { "/login", "LBL_BACK_TO_SIGN_IN" } });
}

web::HttpResponse link_refused(const Context& context, const Request& request, const base::Error& error)
{
    if (error.is(crm::error_codes::k_invalid_link))
        return link_not_usable(context, request, "LBL_LINK_UNKNOWN");
    return crm_failure(context, request, error);
}

std::string token_of(const Request& request, bool from_form)
{
    auto token = from_form ? request.form_param("token") : request.query_param("token");
    return std::string(base::trim(token.value_or("")));
}

// The link as the CRM sees it now; a response when it cannot be used.
std::variant<crm::PasswordLink, web::HttpResponse> usable_link(
    const Context& context, const Request& request, const std::string& token)
{
    if (!crm_sends_reset_links(context) || !plausible_link_token(token)) {
        base::log::info("auth", "password link refused before the CRM from " + request.remote_address);
        return link_not_usable(context, request, "LBL_LINK_UNKNOWN");
    }
    auto link = check_password_link(context, token);
    if (!link.ok())
        return link_refused(context, request, link.error());
    if (link->status == crm::PasswordLink::Status::used)
        return link_not_usable(context, request, "LBL_LINK_USED");
    if (link->status == crm::PasswordLink::Status::expired)
        return link_not_usable(context, request, "LBL_LINK_EXPIRED");
    return *link;
}

web::HttpResponse reset_form(const Context& context, const Request& request, int status, const std::string& token,
    const crm::PasswordLink& link, const std::vector<std::string>& problems)
{
    ViewData data;
    data.set("TOKEN", token);
    data.set("EMAIL", link.email);
    data.set("RESET_INTRO", request.words().text(link.invitation ? "LBL_INVITATION_INTRO" : "LBL_RESET_INTRO"));
    add_new_password_fields(request, data, problems);
    std::string_view title = link.invitation ? "LBL_INVITATION_TITLE" : "LBL_RESET_TITLE";
    return public_form_page(context, request, status, "reset_password", title, std::move(data));
}

}

web::HttpResponse show_forgot_password(const Context& context, Request& request)
{
    if (find_session(context, request))
        return web::HttpResponse::redirect("/");
    return forgot_password_form(context, request, 200, "", "");
}

web::HttpResponse submit_forgot_password(const Context& context, Request& request)
{
    auto started = std::chrono::steady_clock::now();
    std::string email(base::trim(request.form_param("email").value_or("")));
    if (!request.form_token_valid)
        return forgot_password_form(context, request, 400, email, request.words().text("LBL_FORM_EXPIRED"));
    if (!plausible_email(email)) {
        base::log::info("auth", "forgot-password form without a usable e-mail from " + request.remote_address);
        return forgot_password_form(
            context, request, 400, email.size() > 254 ? "" : email, request.words().text("LBL_FORGOT_EMAIL_MISSING"));
    }
    auto asked = request_password_help(context, email, request.language);
    std::this_thread::sleep_until(started + k_forgot_password_time);
    if (!asked.ok()) {
        base::log::error("crm", "forgot password: " + asked.error().message());
        auto failure = crm::failure_of(asked.error());
        const char* key = failure == crm::Failure::slow ? "LBL_CRM_SLOW_MESSAGE"
            : failure == crm::Failure::unreachable      ? "LBL_CRM_DOWN_MESSAGE"
                                                        : "LBL_CRM_ERROR_MESSAGE";
        int status = failure == crm::Failure::slow || failure == crm::Failure::unreachable
            ? crm::failure_status(failure)
            : 502;
        return forgot_password_form(context, request, status, email, request.words().text(key));
    }
    base::log::info("auth", "forgot password asked from " + request.remote_address);
    return forgot_password_sent(context, request, email);
}

web::HttpResponse show_reset_password(const Context& context, Request& request)
{
    std::string token = token_of(request, false);
    auto link = usable_link(context, request, token);
    if (auto* refusal = std::get_if<web::HttpResponse>(&link))
        return std::move(*refusal);
    return reset_form(context, request, 200, token, std::get<crm::PasswordLink>(link), {});
}

web::HttpResponse submit_reset_password(const Context& context, Request& request)
{
    std::string token = token_of(request, true);
    if (!request.form_token_valid)
        return csrf_refusal(context, request);
    auto link = usable_link(context, request, token);
    if (auto* refusal = std::get_if<web::HttpResponse>(&link))
        return std::move(*refusal);
    const auto& usable = std::get<crm::PasswordLink>(link);
    std::string password = request.form_param("password").value_or("");
    auto problems = new_password_problems(password, request.form_param("password_again").value_or(""), usable.email);
    if (!problems.empty())
        return reset_form(context, request, 400, token, usable, problems);
    auto set = set_password_with_link(context, token, password);
    if (!set.ok())
        return link_refused(context, request, set.error());
    base::log::info("auth",
        std::string(usable.invitation ? "invitation accepted" : "password reset") + " from " + request.remote_address);
    return web::HttpResponse::redirect("/login?password_set=1");
}

}
