#include "portal/handlers/login_handlers.h"
#include "portal/services/login_throttle.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/account_handlers.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/public_forms.h"
#include "portal/services/account_service.h"
#include "portal/services/auth_service.h"

#include <map>

namespace portal {

namespace {

// The login form has no session yet, so its CSRF token is a cookie that the
// form must repeat (double submit); another site can read neither.
constexpr std::size_t k_max_email = 254;
constexpr std::size_t k_max_password = 256;

struct LoginForm {
    std::string email;
    std::string next = "/"; // where the customer goes once signed in
    std::string message_key; // empty: no message
    std::string message_kind = "error";
    std::map<std::string, std::string> message_values; // the {name}s of the message
};

web::HttpResponse login_page(const Context& context, const Request& request, int status, const LoginForm& form)
{
    ViewData data;
    data.set("EMAIL", form.email);
    data.set("NEXT", form.next);
    if (!form.message_key.empty()) {
        auto& message = data.add_row("MESSAGE");
        message.set("MESSAGE_TEXT", request.words().format(form.message_key, form.message_values));
        message.set("MESSAGE_KIND", form.message_kind);
    }
    if (sign_up_offered(context))
        data.show("SIGN_UP_OFFERED");
    return public_form_page(context, request, status, "login", "LBL_SIGN_IN", std::move(data));
}

std::string message_for_login_failure(const base::Error& error)
{
    switch (crm::failure_of(error)) {
    case crm::Failure::login_refused:
        return "LBL_LOGIN_FAILED";
    case crm::Failure::slow:
        return "LBL_CRM_SLOW_MESSAGE";
    case crm::Failure::unreachable:
        return "LBL_CRM_DOWN_MESSAGE";
    default:
        return "LBL_CRM_ERROR_MESSAGE";
    }
}

// A wrong password is the form shown again (200); the CRM's troubles are its own statuses.
int status_for_login_failure(const base::Error& error)
{
    auto failure = crm::failure_of(error);
    if (failure == crm::Failure::login_refused)
        return 200;
    return failure == crm::Failure::slow || failure == crm::Failure::unreachable ? crm::failure_status(failure) : 502;
}

// While an account or an address is locked the CRM is not asked at all, for
// known and unknown e-mails alike, so the answer tells nothing about either.
web::HttpResponse locked_login_page(
    const Context& context, const Request& request, LoginForm& form, std::chrono::seconds wait)
{
    auto lockout = lockout_message(wait);
    form.message_key = lockout.key;
    form.message_values = lockout.values;
    base::log::info("auth", "login refused while locked, from " + request.remote_address);
    auto response = login_page(context, request, 429, form);
    response.set_header("Retry-After", std::to_string(wait.count()));
    return response;
}

// The account in a log line: what was typed in the e-mail field, unless it
// cannot be an e-mail (a password typed in the wrong field must not be logged).
std::string loggable_account(const std::string& email)
{
    return email.find('@') != std::string::npos ? email : "(not an e-mail address)";
}

void count_failed_login(const Context& context, const Request& request, const std::string& email)
{
    if (context.throttle.record_failure(login_key(email), request.remote_address))
        base::log::warning("auth",
            "login locked for " + std::to_string(context.config.login_lockout_minutes) + " minutes after "
                + "repeated wrong passwords for " + loggable_account(email) + " or from " + request.remote_address);
}

}

web::HttpResponse show_login(const Context& context, Request& request)
{
    LoginForm form;
    form.next = page_after_login(request.query_param("next").value_or("/"));
    if (find_session(context, request))
        return web::HttpResponse::redirect(form.next);
    for (const auto& [flag, key] : { std::pair { "signed_out", "LBL_SIGNED_OUT" },
             std::pair { "password_set", "LBL_PASSWORD_SET" }, std::pair { "signed_up", "LBL_SIGNED_UP" } }) {
        if (request.query_param(flag)) {
            form.message_key = key;
            form.message_kind = "info";
        }
    }
    // The session ended (idle, too old, signed out elsewhere); what was typed
    // into a form after that is kept for its page.
    if (request.query_param("ended")) {
        auto draft = request.cookie(k_draft_cookie);
        bool kept = draft && !draft->empty() && draft->size() <= 128 && context.drafts.holds(*draft);
        form.message_key = kept ? "LBL_SESSION_ENDED_KEPT" : "LBL_SESSION_ENDED";
        form.message_kind = "info";
    }
    return login_page(context, request, 200, form);
}

web::HttpResponse submit_login(const Context& context, Request& request)
{
    LoginForm form;
    form.email = std::string(base::trim(request.form_param("email").value_or("")));
    form.next = page_after_login(request.form_param("next").value_or("/"));
    std::string password = request.form_param("password").value_or("");
    if (!request.form_token_valid) {
        form.message_key = "LBL_FORM_EXPIRED";
        return login_page(context, request, 400, form);
    }
    if (form.email.empty() || password.empty() || form.email.size() > k_max_email || password.size() > k_max_password) {
        if (form.email.size() > k_max_email)
            form.email.clear();
        form.message_key = "LBL_LOGIN_MISSING";
        return login_page(context, request, 400, form);
    }
    auto wait = context.throttle.wait_before_login(login_key(form.email), request.remote_address);
    if (wait.count() > 0)
        return locked_login_page(context, request, form, wait);
    std::string language = request.language;
    crm::LoginClient client { request.header("user-agent").value_or("").substr(0, 255), request.remote_address };
    auto session = log_in(context, form.email, password, language, client);
    if (!session.ok() && session.error().is(crm::error_codes::k_wrong_credentials)) {
        if (auto refused = why_login_refused(context, { form.email, password, language })) {
            base::log::info("auth", "login refused for a contact without access from " + request.remote_address);
            return login_refused_page(context, request, *refused);
        }
    }
    if (!session.ok()) {
        if (session.error().is(crm::error_codes::k_wrong_credentials))
            count_failed_login(context, request, form.email);
        base::log::info(
            "auth", "login refused for a user from " + request.remote_address + ": " + session.error().code());
        form.message_key = message_for_login_failure(session.error());
        return login_page(context, request, status_for_login_failure(session.error()), form);
    }
    context.throttle.record_success(login_key(form.email));
    // A session the browser already had ends: one browser, one session.
    if (auto previous = find_session(context, request))
        context.sessions.end(previous->id());
    auto response = web::HttpResponse::redirect(form.next);
    set_session_cookie(response, request, **session);
    return response;
}

web::HttpResponse submit_logout(const Context& context, Request& request)
{
    log_out(context, *request.session);
    auto response = redirect_to_login(request);
    response.set_header("Location", "/login?signed_out=1");
    return response;
}

}
