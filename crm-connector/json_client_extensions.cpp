// The reference CRM's extensions of the API (crm_extensions.h): which it
// has, password links, account status, sign-in history, sign-up.

#include "crm-connector/crm_error.h"
#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

namespace {

// Some Basic header must arrive (docs/json-api.md, Authentication); no login is behind it.
constexpr const char* k_no_login_user = "portal";

base::Result<PasswordLink::Status> link_status(const std::string& text)
{
    if (text == "valid")
        return PasswordLink::Status::valid;
    if (text == "used")
        return PasswordLink::Status::used;
    if (text == "expired")
        return PasswordLink::Status::expired;
    return unexpected("unknown link status \"" + text + "\"");
}

base::Result<AccountStatus::State> account_state(const std::string& text)
{
    if (text == "active")
        return AccountStatus::State::active;
    if (text == "expired")
        return AccountStatus::State::expired;
    if (text == "not_started")
        return AccountStatus::State::not_started;
    if (text == "disabled")
        return AccountStatus::State::disabled;
    return unexpected("unknown account status \"" + text + "\"");
}

base::Result<std::vector<SignIn>> decode_sign_ins(const Json& result)
{
    if (!result.is_array())
        return unexpected("the sign-in history is not a list");
    std::vector<SignIn> sign_ins;
    for (const Json& entry : result) {
        if (!entry.is_object())
            return unexpected("a sign-in is not an object");
        sign_ins.push_back(
            { text_or(entry, "time", ""), text_or(entry, "browser", ""), text_or(entry, "address", "") });
    }
    return sign_ins;
}

}

base::Result<HttpReply> JsonCrmClient::post_without_login(
    std::string_view operation, std::vector<FormField> parameters, std::string_view secret)
{
    FormPost form { m_api_url, {}, k_no_login_user, "", std::nullopt };
    form.fields.push_back({ "_operation", std::string(operation) });
    std::move(parameters.begin(), parameters.end(), std::back_inserter(form.fields));
    return send(operation, std::move(form), secret);
}

base::Result<void> JsonCrmClient::update_login_details(
    const Credentials& credentials, LoginEvent event, const LoginClient& client)
{
    std::vector<FormField> fields { { "status", event == LoginEvent::login ? "Login" : "Logout" } };
    if (!client.browser.empty())
        fields.push_back({ "browser", client.browser });
    if (!client.address.empty())
        fields.push_back({ "address", client.address });
    HttpReply reply = TRY(post("UpdateLoginDetails", credentials, std::move(fields)));
    TRY(decode_envelope("UpdateLoginDetails", reply, credentials.password));
    return {};
}

// Asked as a Ping without a login: a stock Vtiger answers it like any
// failed login (no error in its logs, unlike an unknown operation), while
// a CRM with extensions lists them (docs/crm-capabilities.md).
base::Result<std::vector<std::string>> JsonCrmClient::fetch_extensions()
{
    HttpReply reply = TRY(post_without_login("Ping", { { "extensions", "list" } }, {}));
    auto result = decode_envelope("Ping", reply, {});
    if (!result.ok() && result.error().is(error_codes::k_wrong_credentials))
        return std::vector<std::string> {};
    Json answer = TRY(std::move(result));
    const Json& list = member(answer, "extensions");
    if (!list.is_array())
        return with_operation("Ping", unexpected("the extensions are not a list"), {});
    std::vector<std::string> names;
    for (const Json& name : list)
        names.push_back(text_of(name));
    return names;
}

base::Result<PasswordLink> JsonCrmClient::check_password_token(std::string_view token)
{
    HttpReply reply = TRY(post_without_login("CheckPasswordToken", { { "token", std::string(token) } }, token));
    Json result = TRY(decode_envelope("CheckPasswordToken", reply, token));
    PasswordLink link;
    link.status = TRY(named("CheckPasswordToken", link_status(text_or(result, "status", ""))));
    link.invitation = text_or(result, "purpose", "") == "invitation";
    link.email = text_or(result, "email", "");
    return link;
}

base::Result<void> JsonCrmClient::reset_password_with_token(std::string_view token, std::string_view new_password)
{
    auto reply = post_without_login("ResetPasswordWithToken",
        { { "token", std::string(token) }, { "newPassword", std::string(new_password) } }, token);
    if (!reply.ok())
        return hide_in_error(reply.error(), new_password);
    auto result = decode_envelope("ResetPasswordWithToken", *reply, token);
    if (!result.ok())
        return hide_in_error(result.error(), new_password);
    return {};
}

base::Result<AccountStatus> JsonCrmClient::fetch_account_status(const Credentials& credentials)
{
    HttpReply reply = TRY(post("FetchAccountStatus", credentials, {}));
    Json result = TRY(decode_envelope("FetchAccountStatus", reply, credentials.password));
    AccountStatus status;
    status.state = TRY(named("FetchAccountStatus", account_state(text_or(result, "status", ""))));
    status.support_start_date = text_or(result, "support_start_date", "");
    status.support_end_date = text_or(result, "support_end_date", "");
    if (const Json& company = member(result, "company"); company.is_object())
        status.company = TRY(named("FetchAccountStatus", decode_record(company)));
    return status;
}

base::Result<std::vector<SignIn>> JsonCrmClient::fetch_login_history(const Credentials& credentials, int limit)
{
    HttpReply reply = TRY(post("FetchLoginHistory", credentials, { { "limit", std::to_string(limit) } }));
    Json result = TRY(decode_envelope("FetchLoginHistory", reply, credentials.password));
    return named("FetchLoginHistory", decode_sign_ins(result));
}

base::Result<void> JsonCrmClient::sign_up(const SignUpRequest& request, std::string_view language)
{
    std::vector<FormField> fields { { "firstname", request.first_name }, { "lastname", request.last_name },
        { "email", request.email }, { "organisation", request.organisation }, { "password", request.password } };
    if (!language.empty())
        fields.push_back({ "language", std::string(language) });
    HttpReply reply = TRY(post_without_login("SignUp", std::move(fields), request.password));
    TRY(decode_envelope("SignUp", reply, request.password));
    return {};
}

base::Result<std::string> JsonCrmClient::confirm_sign_up(std::string_view token)
{
    HttpReply reply = TRY(post_without_login("ConfirmSignUp", { { "token", std::string(token) } }, token));
    Json result = TRY(decode_envelope("ConfirmSignUp", reply, token));
    return text_or(result, "email", "");
}

}
