#include "portal/handlers/account_handlers.h"
#include "portal/services/login_throttle.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/pages.h"
#include "portal/services/auth_service.h"
#include "portal/services/password_policy.h"

#include <map>
#include <vector>

namespace portal {

namespace {

constexpr std::size_t k_max_password = 256;

// Problems with the form, as lang/ keys per field; passwords typed are never
// sent back to the browser.
struct PasswordForm {
    std::vector<std::string> current_problems;
    std::vector<std::string> new_problems;
    std::vector<std::string> again_problems;
    std::string message_key;
    std::string message_kind = "error";
    std::map<std::string, std::string> message_values;

    bool has_problems() const { return !current_problems.empty() || !new_problems.empty() || !again_problems.empty(); }
};

void add_field_problems(ViewData& data, const Catalog& words, const std::string& section,
    const std::vector<std::string>& problems, const std::map<std::string, std::string>& values)
{
    if (problems.empty())
        return;
    auto& field = data.add_row(section);
    for (const auto& key : problems)
        field.add_row("PROBLEM").set("PROBLEM_TEXT", words.format(key, values));
}

web::HttpResponse password_page(
    const Context& context, const Request& request, const Session& session, int status, const PasswordForm& form)
{
    const Catalog& words = request.words();
    std::map<std::string, std::string> rule_values { { "min", std::to_string(PasswordPolicy {}.min_length) } };
    ViewData data;
    data.set("CSRF_TOKEN", session.csrf_token());
    data.set("CONTACT_EMAIL", session.username());
    data.set("PASSWORD_RULES", words.format(k_password_rules, rule_values));
    add_field_problems(data, words, "CURRENT_PROBLEMS", form.current_problems, rule_values);
    add_field_problems(data, words, "NEW_PROBLEMS", form.new_problems, rule_values);
    add_field_problems(data, words, "AGAIN_PROBLEMS", form.again_problems, rule_values);
    if (!form.message_key.empty()) {
        auto& message = data.add_row("MESSAGE");
        message.set("MESSAGE_TEXT", words.format(form.message_key, form.message_values));
        message.set("MESSAGE_KIND", form.message_kind);
    }
    return page(context, request, status, "account_password", "LBL_CHANGE_PASSWORD", std::move(data));
}

PasswordForm check_password_form(
    const Session& session, const std::string& current, const std::string& chosen, const std::string& again)
{
    PasswordForm form;
    if (current.empty() || current.size() > k_max_password)
        form.current_problems.push_back("ERR_CHANGE_PASSWORD_CURRENT_MISSING");
    if (chosen.size() > k_max_password)
        form.new_problems.push_back("ERR_CHANGE_PASSWORD_TOO_LONG");
    else
        form.new_problems = password_problems(PasswordPolicy {}, chosen, session.username());
    if (form.new_problems.empty() && chosen == current)
        form.new_problems.push_back("ERR_CHANGE_PASSWORD_UNCHANGED");
    if (chosen != again)
        form.again_problems.push_back("ERR_CHANGE_PASSWORD_DIFFERENT");
    if (form.has_problems())
        form.message_key = "LBL_CHANGE_PASSWORD_NOT_DONE";
    return form;
}

// A wrong current password is a password guess like a failed login: it counts
// towards the account's lockout.
web::HttpResponse wrong_current_password(const Context& context, const Request& request, const Session& session)
{
    base::log::info("auth", "wrong current password on change password by contact " + session.modules().contact.id);
    if (context.throttle.record_failure(login_key(session.username()), request.remote_address))
        base::log::warning("auth",
            "password changes locked for contact " + session.modules().contact.id
                + " after repeated wrong current passwords from " + request.remote_address);
    PasswordForm form;
    form.current_problems.push_back("ERR_CHANGE_PASSWORD_CURRENT_WRONG");
    form.message_key = "LBL_CHANGE_PASSWORD_NOT_DONE";
    return password_page(context, request, session, 200, form);
}

web::HttpResponse locked_password_page(
    const Context& context, const Request& request, const Session& session, std::chrono::seconds wait)
{
    auto lockout = lockout_message(wait);
    PasswordForm form;
    form.message_key = lockout.key;
    form.message_values = lockout.values;
    auto response = password_page(context, request, session, 429, form);
    response.set_header("Retry-After", std::to_string(wait.count()));
    return response;
}

}

web::HttpResponse show_change_password(const Context& context, Request& request)
{
    PasswordForm form;
    if (request.query_param("changed")) {
        form.message_key = "LBL_CHANGE_PASSWORD_DONE";
        form.message_kind = "info";
    }
    return password_page(context, request, *request.session, 200, form);
}

web::HttpResponse submit_change_password(const Context& context, Request& request)
{
    std::string current = request.form_param("current_password").value_or("");
    std::string chosen = request.form_param("new_password").value_or("");
    PasswordForm form
        = check_password_form(*request.session, current, chosen, request.form_param("new_password_again").value_or(""));
    if (form.has_problems()) {
        base::log::info("auth", "change password refused: the new password breaks a rule or was not repeated");
        return password_page(context, request, *request.session, 400, form);
    }
    auto wait = context.throttle.wait_before_login(login_key(request.session->username()), request.remote_address);
    if (wait.count() > 0)
        return locked_password_page(context, request, *request.session, wait);
    auto renewed = change_password(context, *request.session, current, chosen);
    if (!renewed.ok() && renewed.error().is(crm::error_codes::k_wrong_password))
        return wrong_current_password(context, request, *request.session);
    if (!renewed.ok())
        return crm_failure(context, request, renewed.error());
    auto response = web::HttpResponse::redirect("/account/password?changed=1");
    set_session_cookie(response, request, **renewed);
    return response;
}

}
