// The contact's portal login: ChangePassword, ForgotPassword,
// UpdateLoginDetails.

#include "crm-connector/crm_error.h"
#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

base::Result<void> JsonCrmClient::change_password(const Credentials& credentials, std::string_view new_password)
{
    auto reply = post("ChangePassword", credentials, { { "newPassword", std::string(new_password) } });
    if (!reply.ok())
        return hide_in_error(reply.error(), new_password);
    base::Result<Json> result = decode_envelope("ChangePassword", *reply, credentials.password);
    if (result.ok())
        return {};
    const base::Error& error = result.error();
    // The current password is also the login, so Vtiger's login check refuses
    // a wrong one before the operation's own check can (capture 113).
    if (error.is(error_codes::k_wrong_credentials))
        return base::Error(std::string(error_codes::k_wrong_password), hide_secret(error.message(), new_password));
    return hide_in_error(error, new_password);
}

// Called before any login: the CRM only wants some Basic header, so it gets
// the e-mail with an empty password, as the stock client sends (C.2.2).
base::Result<std::string> JsonCrmClient::forgot_password(std::string_view email, std::string_view language)
{
    FormPost form { m_api_url, { { "_operation", "ForgotPassword" }, { "email", std::string(email) } },
        std::string(email), "", std::nullopt };
    if (!language.empty())
        form.fields.push_back({ "language", std::string(language) });
    HttpReply reply = TRY(send("ForgotPassword", std::move(form), {}));
    Json result = TRY(decode_envelope("ForgotPassword", reply, {}));
    return text_of(result);
}

base::Result<void> JsonCrmClient::update_login_details(const Credentials& credentials, LoginEvent event)
{
    return update_login_details(credentials, event, LoginClient {});
}

}
