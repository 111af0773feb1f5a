#pragma once

#include "reference-crm/storage/database.h"

#include <string>
#include <string_view>

namespace refcrm::api {

// Reset links live one hour; at most this many per login and hour.
inline constexpr int k_reset_minutes = 60;
inline constexpr int k_resets_per_hour = 3;

// A fresh random secret of a one-time link, as hex.
base::Result<std::string> random_secret();

// For an active portal login named email: a token "<id>.<secret>" (the
// secret stored only as bcrypt) and a mail with the link in mail_outbox.
// Unknown addresses and throttled logins do nothing, in about the same time.
base::Result<void> issue_reset_link(storage::Connection& db, std::string_view email, std::string_view portal_url);

// Checks an unused, unexpired token and sets the new password hash; the
// token and every other open token of the login are then used up.
// Any failure is 1412 "Invalid or expired token".
base::Result<void> redeem_reset_token(storage::Connection& db, std::string_view token, const std::string& hash);

// Stores a bcrypt hash (cryptmode CRYPT) and retires open reset tokens.
base::Result<void> store_password(storage::Connection& db, std::int64_t contact_id, const std::string& hash);

}
