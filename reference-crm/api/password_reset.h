#pragma once

#include "reference-crm/storage/database.h"

#include <string>
#include <string_view>

namespace refcrm::api {

// Reset links live one hour; at most this many per login and hour.
inline constexpr int k_reset_minutes = 60;
inline constexpr int k_resets_per_hour = 3;
// A reset the CRM's admin sends lives a day; an invitation to a contact who
// has just been given portal access lives a week.
inline constexpr int k_admin_reset_minutes = 24 * 60;
inline constexpr int k_invitation_minutes = 7 * 24 * 60;

// Which mail carries the one-time link; all are redeemed alike.
enum class LinkKind { forgotten_password, admin_reset, invitation };

struct LinkRecipient {
    std::int64_t contact_id = 0;
    std::string email;
    std::string first_name;
};

// 48 hex digits from the kernel's random source.
base::Result<std::string> random_secret();

// Stores a token "<id>.<secret>" (the secret only as bcrypt) and queues the
// mail with the link <portal_url>/reset-password?token=… in mail_outbox.
// Runs inside the caller's transaction.
base::Result<void> queue_link_mail(
    storage::Connection& db, const LinkRecipient& recipient, LinkKind kind, std::string_view portal_url);

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
