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

struct LinkText {
    const char* kind;
    int minutes;
    const char* subject;
    const char* opening;
    const char* validity;
    const char* closing;
};

LinkText link_text(LinkKind kind)
{
    switch (kind) {
    case LinkKind::admin_reset:
        return { "reset", k_admin_reset_minutes, "Customer Portal password reset",
            "your support team has sent you this link to choose a new password for your customer portal login.",
            "It can be used once, within 24 hours:",
            "Your current password keeps working until you choose a new one." };
    case LinkKind::invitation:
        return { "invitation", k_invitation_minutes, "Welcome to the Customer Portal",
            "welcome! You now have access to our customer portal, where you can follow your support cases, "
            "read the knowledge base and fetch your documents. Your login name is this e-mail address. To choose "
            "your password, open this link.",
            "It can be used once, within 7 days:",
            "If the link has expired, ask your support team for a new invitation." };
    case LinkKind::forgotten_password:
        break;
    }
    return { "reset", k_reset_minutes, "Customer Portal password reset",
        "someone asked to reset the password of your customer portal login. To choose a new password, open this "
        "link.",
        "It can be used once, within 60 minutes:",
        "If you did not ask for this, ignore this mail: your password stays unchanged." };
}

std::string link_mail(const LinkText& text, std::string_view name, std::string_view link)
{
    return "Dear " + std::string(name.empty() ? "customer" : name) + ",\n\n" + text.opening + " " + text.validity
        + "\n\n" + std::string(link) + "\n\n" + text.closing + "\n";
}

base::Result<bool> throttled(storage::Connection& db, std::int64_t contact_id)
{
    storage::Rows rows = TRY(db.query("SELECT COUNT(*) FROM password_reset_tokens WHERE contact_id = ? "
                                      "AND kind = 'reset' AND created_at > NOW() - INTERVAL 1 HOUR",
        { contact_id }));
    return rows.front().integer(0).value_or(0) >= k_resets_per_hour;
}

base::Result<void> store_link(storage::Connection& db, const LinkRecipient& recipient, LinkKind kind,
    const std::string& secret, const std::string& secret_hash, std::string_view portal_url)
{
    LinkText text = link_text(kind);
    std::int64_t id = TRY(db.insert("INSERT INTO password_reset_tokens (contact_id, secret_hash, kind, expires_at) "
                                    "VALUES (?, ?, ?, NOW() + INTERVAL "
            + std::to_string(text.minutes) + " MINUTE)",
        { recipient.contact_id, secret_hash, std::string(text.kind) }));
    std::string url(portal_url);
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    std::string link = url + "/reset-password?token=" + std::to_string(id) + "." + secret;
    TRY(db.insert("INSERT INTO mail_outbox (recipient, subject, body) VALUES (?, ?, ?)",
        { recipient.email, std::string(text.subject), link_mail(text, recipient.first_name, link) }));
    return {};
}

}

base::Result<std::string> random_secret()
{
    std::array<unsigned char, k_secret_bytes> bytes {};
    if (getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size()))
        return base::Error("reset.random", "cannot read random bytes for a reset token");
    return base::to_hex(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

base::Result<void> queue_link_mail(
    storage::Connection& db, const LinkRecipient& recipient, LinkKind kind, std::string_view portal_url)
{
    std::string secret = TRY(random_secret());
    std::string secret_hash = TRY(hash_password(secret));
    return store_link(db, recipient, kind, secret, secret_hash, portal_url);
}

base::Result<void> issue_reset_link(storage::Connection& db, std::string_view email, std::string_view portal_url)
{
    std::string secret = TRY(random_secret());
    // Hashing before the lookup makes known and unknown addresses cost the same.
    std::string secret_hash = TRY(hash_password(secret));
    storage::Rows logins = TRY(db.query(k_login_query, { std::string(email) }));
    if (logins.empty() || TRY(throttled(db, logins.front().integer(0).value_or(0))))
        return {};
    const storage::Row& login = logins.front();
    LinkRecipient recipient { login.integer(0).value_or(0), std::string(email), login.text(1) };
    return storage::in_transaction(
        db, [&] { return store_link(db, recipient, LinkKind::forgotten_password, secret, secret_hash, portal_url); });
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
