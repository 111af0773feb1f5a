#pragma once

#include "base/result.h"
#include "crm-connector/crm_extensions.h"
#include "portal/context.h"

#include <optional>
#include <string>
#include <vector>

namespace portal {

// The customer's account before and beside a session: forgotten passwords,
// password links (reset and invitation), sign-up, the sign-in history, and
// why a correct password did not open the portal. Each asks the CRM; the
// extensions are used only where the CRM has them (CrmExtensions).

// True when the CRM sends reset links (the reference CRM), false when it
// mails a new password itself (Vtiger's ForgotPassword).
bool crm_sends_reset_links(const Context& context);

// ForgotPassword: the CRM mails a link or a password, or nothing for an
// unknown address; the caller cannot tell which.
base::Result<void> request_password_help(const Context& context, const std::string& email, const std::string& language);

base::Result<crm::PasswordLink> check_password_link(const Context& context, const std::string& token);
base::Result<void> set_password_with_link(
    const Context& context, const std::string& token, const std::string& password);

// nullopt when the CRM cannot say, or says the account is fine (the password
// was then simply wrong).
std::optional<crm::AccountStatus> why_login_refused(const Context& context, const crm::Credentials& credentials);

bool sign_up_offered(const Context& context);
base::Result<void> sign_up(const Context& context, const crm::SignUpRequest& request, const std::string& language);
// The new login's e-mail.
base::Result<std::string> confirm_sign_up(const Context& context, const std::string& token);

bool sign_in_history_offered(const Context& context);
inline constexpr int k_sign_in_history_size = 20;
base::Result<std::vector<crm::SignIn>> sign_in_history(
    const Context& context, const Session& session, const std::string& language);

// A link token as the CRM makes them ("<id>.<hex>"): anything else is not
// sent to the CRM at all.
bool plausible_link_token(const std::string& token);

}
