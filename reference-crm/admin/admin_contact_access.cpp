#include "reference-crm/admin/admin_contact.h"

#include "base/strings.h"
#include "reference-crm/api/password_reset.h"
#include "reference-crm/command_line.h"
#include "reference-crm/password.h"

#include <ostream>

// Changing a contact's portal access: enable (with an invitation mail),
// disable, support dates, a password reset link.
namespace refcrm::admin {

namespace {

constexpr std::string_view k_enable_usage = "reference-crm admin contact enable CONTACT";
constexpr std::string_view k_disable_usage = "reference-crm admin contact disable CONTACT";
constexpr std::string_view k_dates_usage
    = "reference-crm admin contact dates CONTACT [--start YYYY-MM-DD|none] [--end YYYY-MM-DD|none]";
constexpr std::string_view k_reset_usage = "reference-crm admin contact reset-password CONTACT";

constexpr std::size_t k_max_login_name = 150;

base::Result<ContactRecord> one_contact(storage::Connection& db, const Words& words, std::string_view usage)
{
    if (words.size() != 1)
        return usage_error("name one contact", usage);
    return find_contact(db, words.front());
}

base::Result<std::string> portal_url(storage::Connection& db)
{
    std::string url = TRY(settings_text(db, "url"));
    if (url.empty())
        return refused("the portal URL is not set, so the mail would have no link: "
                       "reference-crm admin url https://portal.example.com");
    return url;
}

// The login is named by the e-mail address and must not be another's.
base::Result<void> check_login_name(storage::Connection& db, const ContactRecord& contact)
{
    if (contact.email.empty() || contact.email.find('@') == std::string::npos
        || contact.email.size() > k_max_login_name)
        return refused(contact.title() + " has no usable e-mail address; a portal login is named by it, and the "
            + "invitation is mailed to it. Set the e-mail address in the CRM first");
    storage::Rows taken = TRY(db.query(
        "SELECT contact_id FROM portal_logins WHERE user_name = ? AND contact_id <> ?", { contact.email, contact.id }));
    if (!taken.empty())
        return refused("the login name " + contact.email + " already belongs to contact 12x" + taken.front().text(0));
    return {};
}

// A new login gets a random password nobody knows: the contact chooses
// their own through the invitation link.
base::Result<void> open_login(storage::Connection& db, const ContactRecord& contact)
{
    TRY(db.update("UPDATE contacts SET portal = 1, modified_at = NOW() WHERE id = ?", { contact.id }));
    if (contact.has_login) {
        TRY(db.update("UPDATE portal_logins SET user_name = ?, isactive = 1 WHERE contact_id = ?",
            { contact.email, contact.id }));
        return {};
    }
    std::string secret = TRY(api::random_secret());
    std::string unknown_password = TRY(hash_password(secret));
    TRY(db.update("INSERT INTO portal_logins (contact_id, user_name, password_hash, cryptmode, isactive) "
                  "VALUES (?, ?, ?, 'CRYPT', 1)",
        { contact.id, contact.email, unknown_password }));
    return {};
}

base::Result<void> print_login_state(storage::Connection& db, const ContactRecord& contact, AdminIo& io)
{
    ContactRecord now = TRY(find_contact(db, contact.ws_id()));
    io.out << "can log in: " << now.login_state() << "\n";
    return {};
}

base::Result<void> run_enable(storage::Connection& db, const Words& words, AdminIo& io)
{
    ContactRecord contact = TRY(one_contact(db, words, k_enable_usage));
    if (contact.portal && contact.login_active && contact.user_name == contact.email) {
        io.out << contact.title() << " already has portal access; nothing changed "
               << "(admin contact reset-password sends a new link)\n";
        return {};
    }
    TRY(check_login_name(db, contact));
    std::string url = TRY(portal_url(db));
    TRY(open_login(db, contact));
    api::LinkRecipient recipient { contact.id, contact.email, contact.first_name };
    TRY(api::queue_link_mail(db, recipient, api::LinkKind::invitation, url));
    io.out << "portal access enabled for " << contact.title() << "\n"
           << "invitation queued in the mail outbox: a one-time link to choose a password, valid 7 days\n";
    return print_login_state(db, contact, io);
}

base::Result<void> run_disable(storage::Connection& db, const Words& words, AdminIo& io)
{
    ContactRecord contact = TRY(one_contact(db, words, k_disable_usage));
    if (!contact.portal && !contact.login_active) {
        io.out << contact.title() << " has no portal access; nothing changed\n";
        return {};
    }
    TRY(db.update("UPDATE contacts SET portal = 0, modified_at = NOW() WHERE id = ?", { contact.id }));
    TRY(db.update("UPDATE portal_logins SET isactive = 0 WHERE contact_id = ?", { contact.id }));
    // Links already mailed must not open the portal again.
    TRY(db.update(
        "UPDATE password_reset_tokens SET used_at = NOW() WHERE contact_id = ? AND used_at IS NULL", { contact.id }));
    io.out << "portal access disabled for " << contact.title() << "; open links withdrawn\n";
    return {};
}

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// A calendar date YYYY-MM-DD (years 1900–9999), or none.
base::Result<storage::Param> date_option(const std::optional<std::string>& text, const std::optional<std::string>& kept)
{
    if (!text)
        return kept ? storage::Param(*kept) : storage::Param(nullptr);
    if (*text == "none")
        return storage::Param(nullptr);
    auto invalid = usage_error("'" + *text + "' is not a date YYYY-MM-DD (or none)", k_dates_usage);
    if (text->size() != 10 || (*text)[4] != '-' || (*text)[7] != '-')
        return invalid;
    auto year = base::parse_int(text->substr(0, 4));
    auto month = base::parse_int(text->substr(5, 2));
    auto day = base::parse_int(text->substr(8, 2));
    if (!year || !month || !day || *year < 1900 || *month < 1 || *month > 12 || *day < 1)
        return invalid;
    constexpr int k_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int last = k_days[*month - 1] + (*month == 2 && leap_year(static_cast<int>(*year)) ? 1 : 0);
    if (*day > last)
        return invalid;
    return storage::Param(*text);
}

base::Result<void> run_dates(storage::Connection& db, const Words& words, AdminIo& io)
{
    auto options = CommandOptions::parse(words, { "--start", "--end" }, 1);
    if (!options.ok())
        return usage_error(options.error().message(), k_dates_usage);
    if (options->positional().size() != 1)
        return usage_error("dates needs one contact", k_dates_usage);
    auto start_text = options->get("--start");
    auto end_text = options->get("--end");
    if (!start_text && !end_text)
        return usage_error("give --start, --end or both", k_dates_usage);
    ContactRecord contact = TRY(find_contact(db, options->positional().front()));
    storage::Param start = TRY(date_option(start_text, contact.support_start));
    storage::Param end = TRY(date_option(end_text, contact.support_end));
    const auto* first = std::get_if<std::string>(&start);
    const auto* last = std::get_if<std::string>(&end);
    if (first && last && *first > *last)
        return refused("support would end (" + *last + ") before it starts (" + *first + ")");
    TRY(db.update("UPDATE contacts SET support_start_date = ?, support_end_date = ?, modified_at = NOW() "
                  "WHERE id = ?",
        { start, end, contact.id }));
    ContactRecord changed = TRY(find_contact(db, contact.ws_id()));
    io.out << "support of " << changed.title() << ": " << support_period(changed) << "\n"
           << "can log in: " << changed.login_state() << "\n";
    return {};
}

// A one-time link to choose a new password; the current one keeps working
// until the link is used, as with ForgotPassword (docs/json-api.md, Holes #10).
base::Result<void> run_reset(storage::Connection& db, const Words& words, AdminIo& io)
{
    ContactRecord contact = TRY(one_contact(db, words, k_reset_usage));
    if (!contact.portal || !contact.has_login || !contact.login_active)
        return refused(contact.title() + " has no active portal login; admin contact enable invites them");
    if (contact.email.empty())
        return refused(contact.title() + " has no e-mail address to send the link to");
    std::string url = TRY(portal_url(db));
    api::LinkRecipient recipient { contact.id, contact.email, contact.first_name };
    TRY(api::queue_link_mail(db, recipient, api::LinkKind::admin_reset, url));
    io.out << "password reset link for " << contact.title()
           << " queued in the mail outbox: one-time, valid 24 hours; the current password works until it is used\n";
    return print_login_state(db, contact, io);
}

}

const std::vector<CommandGroup>& contact_access_actions()
{
    static const std::vector<CommandGroup> actions {
        { "enable", k_enable_usage, run_enable },
        { "disable", k_disable_usage, run_disable },
        { "dates", k_dates_usage, run_dates },
        { "reset-password", k_reset_usage, run_reset },
    };
    return actions;
}

}
