// Extensions SignUp and ConfirmSignUp: self sign-up with an e-mail link.
// Nothing exists until the link is opened, and the answer to SignUp is the
// same whether or not the address already has a login.

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/link_token.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/password_reset.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr int k_confirm_hours = 24;
constexpr int k_signups_per_hour = 3;
constexpr const char* k_neutral = "Confirmation mail sent";

struct SignUpForm {
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string organisation;
    std::string password;
};

std::string field(const ApiCall& call, std::string_view name)
{
    return std::string(base::trim(call.field(name).value_or("")));
}

bool plausible_email(std::string_view email)
{
    std::size_t at = email.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < email.size() && email.size() <= 150
        && email.find_first_of(" \t\r\n<>,;\"") == std::string_view::npos;
}

base::Result<SignUpForm> read_form(const ApiCall& call)
{
    SignUpForm form { field(call, "firstname"), field(call, "lastname"), field(call, "email"),
        field(call, "organisation"), call.field("password").value_or("") };
    if (form.last_name.empty() || form.last_name.size() > 80 || form.first_name.size() > 80
        || form.organisation.size() > 200)
        return api_error("Missing or too long mandatory fields");
    if (!plausible_email(form.email))
        return api_error("Invalid email");
    if (form.password.size() < 8 || form.password.size() > 128)
        return api_error("Password must have 8 to 128 characters");
    return form;
}

std::string link_base(std::string_view portal_url)
{
    std::string url(portal_url);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

std::string confirm_mail(const SignUpForm& form, std::string_view link)
{
    return "Dear " + (form.first_name.empty() ? form.last_name : form.first_name)
        + ",\n\nto finish signing up for the customer portal, open this link within " + std::to_string(k_confirm_hours)
        + " hours:\n\n" + std::string(link) + "\n\nIf you did not sign up, ignore this mail: nothing is created.\n";
}

std::string existing_mail(std::string_view portal_url)
{
    return "Hello,\n\nsomeone tried to sign up for the customer portal with this address, which already has a login. "
           "If it was you, sign in, or choose a new password with \"Forgot password?\" at\n\n"
        + link_base(portal_url) + "/forgot-password\n\nIf it was not you, ignore this mail.\n";
}

base::Result<void> queue_mail(storage::Connection& db, const std::string& to, const std::string& body)
{
    TRY(db.insert("INSERT INTO mail_outbox (recipient, subject, body) VALUES (?, ?, ?)",
        { to, std::string("Customer Portal sign-up"), body }));
    return {};
}

base::Result<void> queue_confirmation(storage::Connection& db, const SignUpForm& form, std::string_view portal_url)
{
    std::string secret = TRY(random_secret());
    std::string secret_hash = TRY(hash_password(secret));
    std::string password_hash = TRY(hash_password(form.password));
    std::int64_t id
        = TRY(db.insert("INSERT INTO signup_requests (first_name, last_name, email, organisation_name, "
                        "password_hash, secret_hash, expires_at) VALUES (?, ?, ?, ?, ?, ?, NOW() + INTERVAL "
                + std::to_string(k_confirm_hours) + " HOUR)",
            { form.first_name, form.last_name, form.email, form.organisation, password_hash, secret_hash }));
    std::string link = link_base(portal_url) + "/signup/confirm?token=" + std::to_string(id) + "." + secret;
    return queue_mail(db, form.email, confirm_mail(form, link));
}

base::Result<bool> throttled(storage::Connection& db, const std::string& email)
{
    storage::Rows rows = TRY(db.query(
        "SELECT COUNT(*) FROM signup_requests WHERE email = ? AND created_at > NOW() - INTERVAL 1 HOUR", { email }));
    return rows.front().integer(0).value_or(0) >= k_signups_per_hour;
}

base::Result<std::int64_t> create_contact(
    storage::Connection& db, const storage::Row& request, const PortalSettings& settings)
{
    storage::Param assignee = nullptr;
    if (settings.default_assignee)
        assignee = *settings.default_assignee;
    std::int64_t contact_id = TRY(db.insert("INSERT INTO contacts (first_name, last_name, email, portal, "
                                            "assigned_user_id) VALUES (?, ?, ?, 1, ?)",
        { request.text(2), request.text(3), request.text(4), assignee }));
    TRY(db.update("INSERT INTO portal_logins (contact_id, user_name, password_hash, cryptmode, isactive) "
                  "VALUES (?, ?, ?, 'CRYPT', 1)",
        { contact_id, request.text(4), request.text(5) }));
    TRY(db.update("UPDATE signup_requests SET confirmed_at = NOW(), contact_id = ? WHERE id = ?",
        { contact_id, request.integer(6).value_or(0) }));
    return contact_id;
}

}

// firstname, lastname, email, organisation (optional), password. Queues a
// confirmation link (or, for an address that has a login, a hint to sign in).
base::Result<json::Value> sign_up(OperationContext& context)
{
    SignUpForm form = TRY(read_form(context.call));
    storage::Rows logins = TRY(context.db.query("SELECT 1 FROM portal_logins WHERE user_name = ?", { form.email }));
    if (TRY(throttled(context.db, form.email)))
        return json::Value(k_neutral);
    if (!logins.empty())
        TRY(queue_mail(context.db, form.email, existing_mail(context.settings.portal_url)));
    else
        TRY(queue_confirmation(context.db, form, context.settings.portal_url));
    return json::Value(k_neutral);
}

// token: creates the contact and its portal login; {"email": the login}.
base::Result<json::Value> confirm_sign_up(OperationContext& context)
{
    auto token = parse_link_token(context.call.field("token").value_or(""));
    if (!token)
        return invalid_token();
    storage::Rows rows = TRY(context.db.query(
        "SELECT secret_hash, confirmed_at IS NULL AND expires_at > NOW(), first_name, last_name, email, "
        "password_hash, id FROM signup_requests WHERE id = ?",
        { token->id }));
    if (rows.empty()) {
        spend_token_check(token->secret);
        return invalid_token();
    }
    const storage::Row& request = rows.front();
    if (!verify_password(token->secret, request.text(0)) || request.text(1) != "1")
        return invalid_token();
    storage::Rows taken = TRY(context.db.query("SELECT 1 FROM portal_logins WHERE user_name = ?", { request.text(4) }));
    if (!taken.empty())
        return invalid_token();
    TRY(context.db.begin());
    auto created = create_contact(context.db, request, context.settings);
    if (!created.ok()) {
        context.db.rollback();
        return created.error();
    }
    TRY(context.db.commit());
    json::Value result = json::Value::object();
    result.set("email", request.text(4));
    return result;
}

}
