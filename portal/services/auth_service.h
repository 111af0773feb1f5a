#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <memory>
#include <string>

namespace portal {

// Logging in is a CRM Ping with the customer's credentials, then FetchModules
// for who they are and what the portal shows them (kept for the session).
// client: the browser and address, for a CRM that keeps a sign-in history.
base::Result<std::shared_ptr<Session>> log_in(const Context& context, const std::string& email,
    const std::string& password, const std::string& language, const crm::LoginClient& client = {});

void log_out(const Context& context, const Session& session);

// ChangePassword at the CRM. On success the customer goes on in a new session
// (a new id, the new password sealed in it) and every other session of the
// contact ends, so a thief's copy of the old session or password stops working.
// A wrong current password fails with crm::error_codes::k_wrong_password.
base::Result<std::shared_ptr<Session>> change_password(const Context& context, const Session& session,
    const std::string& current_password, const std::string& new_password);

// The credentials every CRM call of this session carries; `language` asks the
// CRM for its labels and picklist values in the page's language.
base::Result<crm::Credentials> credentials_of(
    const Context& context, const Session& session, const std::string& language);

}
