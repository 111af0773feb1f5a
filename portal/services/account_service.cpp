#include "portal/services/account_service.h"
#include "portal/services/extension_catalog.h"

#include "base/log.h"
#include "portal/services/auth_service.h"

namespace portal {

namespace ext = crm::extensions;

bool crm_sends_reset_links(const Context& context)
{
    return context.extensions.has(ext::k_check_password_token)
        && context.extensions.has(ext::k_reset_password_with_token);
}

base::Result<void> request_password_help(const Context& context, const std::string& email, const std::string& language)
{
    TRY(context.crm.forgot_password(email, language));
    return {};
}

base::Result<crm::PasswordLink> check_password_link(const Context& context, const std::string& token)
{
    return context.crm.check_password_token(token);
}

base::Result<void> set_password_with_link(const Context& context, const std::string& token, const std::string& password)
{
    return context.crm.reset_password_with_token(token, password);
}

std::optional<crm::AccountStatus> why_login_refused(const Context& context, const crm::Credentials& credentials)
{
    if (!context.extensions.has(ext::k_fetch_account_status))
        return std::nullopt;
    auto status = context.crm.fetch_account_status(credentials);
    if (!status.ok() || status->state == crm::AccountStatus::State::active)
        return std::nullopt;
    return *status;
}

bool sign_up_offered(const Context& context)
{
    return context.config.signup_enabled && context.extensions.has(ext::k_sign_up)
        && context.extensions.has(ext::k_confirm_sign_up);
}

base::Result<void> sign_up(const Context& context, const crm::SignUpRequest& request, const std::string& language)
{
    return context.crm.sign_up(request, language);
}

base::Result<std::string> confirm_sign_up(const Context& context, const std::string& token)
{
    return context.crm.confirm_sign_up(token);
}

bool sign_in_history_offered(const Context& context) { return context.extensions.has(ext::k_fetch_login_history); }

base::Result<std::vector<crm::SignIn>> sign_in_history(
    const Context& context, const Session& session, const std::string& language)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    return context.crm.fetch_login_history(credentials, k_sign_in_history_size);
}

bool plausible_link_token(const std::string& token)
{
    std::size_t dot = token.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 12 || token.size() > 200 || dot + 1 == token.size())
        return false;
    for (std::size_t i = 0; i < token.size(); ++i) {
        char c = token[i];
        bool digit = c >= '0' && c <= '9';
        bool allowed = i < dot ? digit : (digit || (c >= 'a' && c <= 'f'));
        if (i != dot && !allowed)
            return false;
    }
    return true;
}

}
