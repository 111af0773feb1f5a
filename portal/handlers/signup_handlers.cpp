#include "portal/handlers/signup_handlers.h"
#include "portal/services/captcha.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/new_password.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/public_forms.h"
#include "portal/services/account_service.h"

namespace portal {

namespace {

constexpr std::size_t k_max_name = 80;
constexpr std::size_t k_max_organisation = 200;

struct SignUpForm {
    crm::SignUpRequest request;
    std::string password_again;
    std::string captcha_token;
    std::string captcha_answer;
};

std::string trimmed(const Request& request, std::string_view name)
{
    return std::string(base::trim(request.form_param(name).value_or("")));
}

SignUpForm read_form(const Request& request)
{
    SignUpForm form;
    form.request = { trimmed(request, "first_name"), trimmed(request, "last_name"), trimmed(request, "email"),
        trimmed(request, "organisation"), request.form_param("password").value_or("") };
    form.password_again = request.form_param("password_again").value_or("");
    form.captcha_token = trimmed(request, "captcha");
    form.captcha_answer = trimmed(request, "captcha_answer");
    return form;
}

std::vector<std::string> form_problems(const Context& context, const SignUpForm& form)
{
    const auto& request = form.request;
    std::vector<std::string> problems;
    if (request.last_name.empty() || request.last_name.size() > k_max_name || request.first_name.size() > k_max_name)
        problems.push_back("ERR_SIGNUP_NAME");
    if (!plausible_email(request.email))
        problems.push_back("ERR_SIGNUP_EMAIL");
    if (request.organisation.size() > k_max_organisation)
        problems.push_back("ERR_SIGNUP_ORGANISATION");
    if (!context.captchas.solve(form.captcha_token, form.captcha_answer))
        problems.push_back("ERR_CAPTCHA_WRONG");
    return problems;
}

// The form, with what was typed (but the passwords and the old challenge's
// answer) and a new challenge.
web::HttpResponse signup_form(const Context& context, const Request& request, int status, const SignUpForm& form,
    const std::vector<std::string>& problems, const std::vector<std::string>& password_problems_found)
{
    ViewData data;
    data.set("FIRST_NAME", form.request.first_name);
    data.set("LAST_NAME", form.request.last_name);
    data.set("EMAIL", form.request.email.size() > 254 ? "" : form.request.email);
    data.set("ORGANISATION", form.request.organisation.substr(0, k_max_organisation));
    std::string captcha = context.captchas.issue();
    data.set("CAPTCHA_TOKEN", captcha);
    data.set("CAPTCHA_URL", "/signup/captcha?c=" + captcha);
    for (const auto& problem : problems)
        data.add_row("FORM_PROBLEM").set("PROBLEM_TEXT", request.words().text(problem));
    add_new_password_fields(request, data, password_problems_found);
    return public_form_page(context, request, status, "signup", "LBL_SIGNUP_TITLE", std::move(data));
}

web::HttpResponse signup_failed(
    const Context& context, const Request& request, const SignUpForm& form, const base::Error& error)
{
    base::log::error("crm", "sign-up: " + error.message());
    auto failure = crm::failure_of(error);
    bool slow = failure == crm::Failure::slow;
    bool down = failure == crm::Failure::unreachable;
    std::string key = slow ? "ERR_SIGNUP_CRM_SLOW" : down ? "ERR_SIGNUP_CRM_DOWN" : "ERR_SIGNUP_REFUSED";
    return signup_form(context, request, slow || down ? crm::failure_status(failure) : 502, form, { key }, {});
}

}

web::HttpResponse show_signup(const Context& context, Request& request)
{
    if (!sign_up_offered(context))
        return not_found(context, request);
    if (find_session(context, request))
        return web::HttpResponse::redirect("/");
    return signup_form(context, request, 200, {}, {}, {});
}

web::HttpResponse submit_signup(const Context& context, Request& request)
{
    if (!sign_up_offered(context))
        return not_found(context, request);
    SignUpForm form = read_form(request);
    if (!request.form_token_valid)
        return signup_form(context, request, 400, form, { "LBL_FORM_EXPIRED" }, {});
    auto problems = form_problems(context, form);
    auto weak = new_password_problems(form.request.password, form.password_again, form.request.email);
    if (!problems.empty() || !weak.empty()) {
        base::log::info("auth",
            "sign-up form refused (" + std::to_string(problems.size() + weak.size()) + " problems) from "
                + request.remote_address);
        return signup_form(context, request, 400, form, problems, weak);
    }
    auto sent = sign_up(context, form.request, request.language);
    if (!sent.ok())
        return signup_failed(context, request, form, sent.error());
    base::log::info("auth", "sign-up asked from " + request.remote_address);
    return notice_page(context, request, 200, "LBL_SIGNUP_TITLE",
        { request.words().format("LBL_SIGNUP_SENT", { { "email", form.request.email } }),
            request.words().text("LBL_FORGOT_NO_MAIL") },
        { { "/login", "LBL_BACK_TO_SIGN_IN" } });
}

web::HttpResponse show_captcha(const Context& context, Request& request)
{
    auto picture = context.captchas.picture(request.query_param("c").value_or(""));
    if (!sign_up_offered(context) || !picture.ok())
        return not_found(context, request);
    auto response = web::HttpResponse::text(200, std::move(*picture));
    response.set_header("Content-Type", "image/svg+xml");
    response.set_header("Cache-Control", "no-store");
    return response;
}

web::HttpResponse confirm_signup(const Context& context, Request& request)
{
    if (!sign_up_offered(context))
        return not_found(context, request);
    std::string token(base::trim(request.query_param("token").value_or("")));
    auto confirmed = plausible_link_token(token)
        ? confirm_sign_up(context, token)
        : base::Result<std::string>(base::Error(std::string(crm::error_codes::k_invalid_link), "malformed link"));
    if (confirmed.ok()) {
        base::log::info("auth", "sign-up confirmed from " + request.remote_address);
        return web::HttpResponse::redirect("/login?signed_up=1");
    }
    if (!confirmed.error().is(crm::error_codes::k_invalid_link))
        return crm_failure(context, request, confirmed.error());
    return notice_page(context, request, 410, "LBL_LINK_NOT_USABLE_TITLE",
        { request.words().text("LBL_SIGNUP_LINK_NOT_USABLE") },
        { { "/signup", "LBL_SIGN_UP_AGAIN" }, { "/login", "LBL_BACK_TO_SIGN_IN" } });
}

}
