#include "reference-crm/api/password_reset.h"

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/password.h"

#include <array>
#include <sys/random.h>

namespace refcrm::api {

namespace {

constexpr std::size_t k_secret_bytes = 24;

constexpr const char* k_login_query
    = "SELECT c.id, c.first_name FROM portal_logins l JOIN contacts c ON c.id = l.contact_id "
      "WHERE l.user_name = ? AND l.isactive = 1 AND c.portal = 1 "
      "AND (c.support_start_date IS NULL OR c.support_start_date <= CURDATE()) "
      "AND (c.support_end_date IS NULL OR c.support_end_date >= CURDATE())";

std::string reset_mail(std::string_view name, std::string_view link)
{
    return "Dear " + std::string(name.empty() ? "customer" : name)
        + ",\n\nsomeone asked to reset the password of your customer portal login. To choose a new password, "
          "open this link within "
        + std::to_string(k_reset_minutes) + " minutes:\n\n" + std::string(link)
        + "\n\nIf you did not ask for this, ignore this mail: your password stays unchanged.\n";
}

base::Result<bool> throttled(storage::Connection& db, std::int64_t contact_id)
{
    storage::Rows rows = TRY(db.query("SELECT COUNT(*) FROM password_reset_tokens WHERE contact_id = ? "
                                      "AND created_at > NOW() - INTERVAL 1 HOUR",
        { contact_id }));
    return rows.front().integer(0).value_or(0) >= k_resets_per_hour;
}

base::Result<void> queue_link(storage::Connection& db, std::string_view email, const storage::Row& login,
    const std::string& secret, const std::string& secret_hash, std::string_view portal_url)
{
    std::int64_t contact_id = login.integer(0).value_or(0);
    std::int64_t id = TRY(db.insert("INSERT INTO password_reset_tokens (contact_id, secret_hash, expires_at) "
                                    "VALUES (?, ?, NOW() + INTERVAL "
            + std::to_string(k_reset_minutes) + " MINUTE)",
        { contact_id, secret_hash }));
    std::string url(portal_url);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    std::string link = url + "/reset-password?token=" + std::to_string(id) + "." + secret;
    TRY(db.insert("INSERT INTO mail_outbox (recipient, subject, body) VALUES (?, ?, ?)",
        { std::string(email), std::string("Customer Portal password reset"), reset_mail(login.text(1), link) }));
    return {};
}

}

base::Result<std::string> random_secret()
{
    std::array<unsigned char, k_secret_bytes> bytes {};
    if (getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size()))
        return base::Error("reset.random", "cannot read random bytes for a reset token");
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string secret;
    for (unsigned char byte : bytes) {
        secret += k_hex[byte >> 4];
        secret += k_hex[byte & 15];
    }
    return secret;
}

base::Result<void> issue_reset_link(storage::Connection& db, std::string_view email, std::string_view portal_url)
{
    std::string secret = TRY(random_secret());
    // Hashing before the lookup makes known and unknown addresses cost the same.
    std::string secret_hash = TRY(hash_password(secret));
    storage::Rows logins = TRY(db.query(k_login_query, { std::string(email) }));
    if (logins.empty() || TRY(throttled(db, logins.front().integer(0).value_or(0))))
        return {};
    TRY(db.begin());
    auto queued = queue_link(db, email, logins.front(), secret, secret_hash, portal_url);
    if (!queued.ok()) {
        db.rollback();
        return queued;
    }
    return db.commit();
}

base::Result<void> store_password(storage::Connection& db, std::int64_t contact_id, const std::string& hash)
{
    TRY(db.update(
        "UPDATE portal_logins SET password_hash = ?, cryptmode = 'CRYPT' WHERE contact_id = ?", { hash, contact_id }));
    TRY(db.update(
        "UPDATE password_reset_tokens SET used_at = NOW() WHERE contact_id = ? AND used_at IS NULL", { contact_id }));
    return {};
}

base::Result<void> redeem_reset_token(storage::Connection& db, std::string_view token, const std::string& hash)
{
    auto invalid = api_error("Invalid or expired token");
    std::size_t dot = token.find('.');
    auto id = dot == std::string_view::npos ? std::nullopt : base::parse_int(token.substr(0, dot));
    if (!id)
        return invalid;
    storage::Rows rows = TRY(db.query("SELECT contact_id, secret_hash FROM password_reset_tokens "
                                      "WHERE id = ? AND used_at IS NULL AND expires_at > NOW()",
        { *id }));
    if (rows.empty() || !verify_password(token.substr(dot + 1), rows.front().text(1)))
        return invalid;
    TRY(db.begin());
    auto stored = store_password(db, rows.front().integer(0).value_or(0), hash);
    if (!stored.ok()) {
        db.rollback();
        return stored;
    }
    return db.commit();
}

}
