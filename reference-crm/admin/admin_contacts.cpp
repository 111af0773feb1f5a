#include "reference-crm/admin/admin_contact.h"

#include "base/strings.h"
#include "reference-crm/api/module_catalog.h"
#include "reference-crm/command_line.h"
#include "reference-crm/ws_id.h"

#include <ostream>

// Reading contacts and their portal logins: list, show, logins.
namespace refcrm::admin {

namespace {

constexpr std::string_view k_list_usage = "reference-crm admin contact list [--search TEXT]";
constexpr std::string_view k_show_usage = "reference-crm admin contact show CONTACT";
constexpr std::string_view k_logins_usage = "reference-crm admin contact logins CONTACT [--limit N]";

constexpr const char* k_contact_query
    = "SELECT c.id, c.first_name, CONCAT_WS(' ', NULLIF(c.first_name, ''), c.last_name), c.email, "
      "COALESCE(o.name, ''), c.portal, DATE_FORMAT(c.support_start_date, '%Y-%m-%d'), "
      "DATE_FORMAT(c.support_end_date, '%Y-%m-%d'), l.user_name, l.isactive, "
      "COALESCE(DATE_FORMAT(l.login_time, '%Y-%m-%d %H:%i:%s'), ''), "
      "COALESCE(DATE_FORMAT(l.logout_time, '%Y-%m-%d %H:%i:%s'), ''), "
      "COALESCE(c.support_start_date <= CURDATE(), 1), COALESCE(c.support_end_date < CURDATE(), 0) "
      "FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id "
      "LEFT JOIN portal_logins l ON l.contact_id = c.id ";

ContactRecord contact_from_row(const storage::Row& row)
{
    ContactRecord contact;
    contact.id = row.integer(0).value_or(0);
    contact.first_name = row.text(1);
    contact.name = row.text(2);
    contact.email = row.text(3);
    contact.organisation = row.text(4);
    contact.portal = row.text(5) == "1";
    contact.support_start = row.at(6);
    contact.support_end = row.at(7);
    contact.has_login = row.at(8).has_value();
    contact.user_name = row.text(8);
    contact.login_active = row.text(9) == "1";
    contact.login_time = row.text(10);
    contact.logout_time = row.text(11);
    contact.started = row.text(12) == "1";
    contact.ended = row.text(13) == "1";
    return contact;
}

base::Result<void> run_list(storage::Connection& db, const Words& words, AdminIo& io)
{
    auto options = CommandOptions::parse(words, { "--search" }, 0);
    if (!options.ok())
        return usage_error(options.error().message(), k_list_usage);
    std::string search = options->get("--search").value_or("");
    storage::Rows rows = TRY(db.query(std::string(k_contact_query)
            + "WHERE ? = '' OR LOCATE(?, CONCAT_WS(' ', c.first_name, c.last_name, c.email, o.name)) > 0 "
              "ORDER BY o.name, c.last_name, c.first_name, c.id",
        { search, search }));
    Table table({ "ID", "NAME", "E-MAIL", "ORGANISATION", "PORTAL", "SUPPORT", "LAST LOGIN" });
    for (const auto& row : rows) {
        ContactRecord contact = contact_from_row(row);
        std::string portal = contact.may_log_in() ? "on" : (contact.portal && contact.login_active ? "blocked" : "off");
        table.add({ contact.ws_id(), contact.name, contact.email, contact.organisation, portal, support_period(contact),
            contact.login_time.empty() ? "never" : contact.login_time });
    }
    table.print(io.out);
    io.out << rows.size() << " contact(s)\n";
    return {};
}

base::Result<std::string> open_links(storage::Connection& db, std::int64_t contact_id)
{
    storage::Rows rows = TRY(db.query("SELECT kind, DATE_FORMAT(expires_at, '%Y-%m-%d %H:%i:%s') FROM "
                                      "password_reset_tokens WHERE contact_id = ? AND used_at IS NULL AND "
                                      "expires_at > NOW() ORDER BY expires_at",
        { contact_id }));
    std::vector<std::string> links;
    for (const auto& row : rows)
        links.push_back(row.text(0) + " until " + row.text(1));
    return links.empty() ? std::string("none") : base::join(links, ", ");
}

base::Result<void> run_show(storage::Connection& db, const Words& words, AdminIo& io)
{
    if (words.size() != 1)
        return usage_error("show needs one contact", k_show_usage);
    ContactRecord contact = TRY(find_contact(db, words[0]));
    Table table({ "contact", contact.title() });
    table.add({ "organisation", contact.organisation.empty() ? "none" : contact.organisation });
    table.add({ "portal user", std::string(on_off(contact.portal)) });
    table.add({ "login name", contact.has_login ? contact.user_name : "none" });
    table.add({ "login", contact.has_login ? (contact.login_active ? "active" : "inactive") : "none" });
    table.add({ "support", support_period(contact) });
    table.add({ "can log in", contact.login_state() });
    table.add({ "last login", contact.login_time.empty() ? "never" : contact.login_time });
    table.add({ "last logout", contact.logout_time.empty() ? "never" : contact.logout_time });
    table.add({ "open links", TRY(open_links(db, contact.id)) });
    table.print(io.out);
    return {};
}

base::Result<void> run_logins(storage::Connection& db, const Words& words, AdminIo& io)
{
    auto options = CommandOptions::parse(words, { "--limit" }, 1);
    if (!options.ok())
        return usage_error(options.error().message(), k_logins_usage);
    if (options->positional().size() != 1)
        return usage_error("logins needs one contact", k_logins_usage);
    auto limit = base::parse_int(options->get("--limit").value_or("20"));
    if (!limit || *limit < 1 || *limit > 10'000)
        return usage_error("--limit must be a number from 1 to 10000", k_logins_usage);
    ContactRecord contact = TRY(find_contact(db, options->positional().front()));
    storage::Rows rows = TRY(db.query("SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), event FROM login_history "
                                      "WHERE contact_id = ? ORDER BY at DESC, id DESC LIMIT ?",
        { contact.id, *limit }));
    io.out << "logins and logouts of " << contact.title() << ", newest first:\n";
    Table table({ "TIME (UTC)", "EVENT" });
    for (const auto& row : rows)
        table.add({ row.text(0), row.text(1) });
    if (rows.empty())
        io.out << "none recorded\n";
    else
        table.print(io.out);
    return {};
}

std::string contact_usage()
{
    std::string usage = std::string(k_list_usage) + "\n" + std::string(k_show_usage) + "\n";
    for (const auto& action : contact_access_actions())
        usage += std::string(action.usage) + "\n";
    return usage + std::string(k_logins_usage);
}

base::Result<void> run_contact(storage::Connection& db, const Words& words, AdminIo& io)
{
    static const std::vector<CommandGroup> k_reading {
        { "list", k_list_usage, run_list },
        { "show", k_show_usage, run_show },
        { "logins", k_logins_usage, run_logins },
    };
    if (words.empty())
        return usage_error("contact needs an action", contact_usage());
    Words rest(words.begin() + 1, words.end());
    for (const auto* actions : { &k_reading, &contact_access_actions() }) {
        for (const auto& action : *actions) {
            if (action.name == words.front())
                return action.run(db, rest, io);
        }
    }
    return usage_error("unknown contact action '" + words.front() + "'", contact_usage());
}

}

std::string ContactRecord::ws_id() const { return format_ws_id(api::k_contacts_type, id); }

std::string ContactRecord::title() const
{
    return name + (email.empty() ? std::string(" (no e-mail)") : " <" + email + ">") + " (" + ws_id() + ")";
}

std::string ContactRecord::login_state() const
{
    if (!portal)
        return "no: portal access is off (admin contact enable)";
    if (!has_login || !login_active)
        return "no: the login is inactive (admin contact enable)";
    if (!started)
        return "no: support starts on " + support_start.value_or("");
    if (ended)
        return "no: support ended on " + support_end.value_or("");
    return "yes";
}

std::string support_period(const ContactRecord& contact)
{
    return contact.support_start.value_or("open") + " to " + contact.support_end.value_or("open");
}

base::Result<ContactRecord> find_contact(storage::Connection& db, const std::string& name)
{
    auto ws_id = parse_ws_id(name);
    std::optional<std::int64_t> id = base::parse_int(name);
    if (ws_id && ws_id->type_id == api::k_contacts_type)
        id = ws_id->row_id;
    storage::Rows rows = TRY(db.query(std::string(k_contact_query) + "WHERE c.id = ? OR (? = 0 AND c.email = ?)",
        { id ? storage::Param(*id) : storage::Param(nullptr), std::int64_t { id.has_value() }, name }));
    if (rows.empty())
        return unknown("no contact '" + name + "' (give the e-mail address or the id that admin contact list shows)");
    if (rows.size() > 1) {
        std::vector<std::string> ids;
        for (const auto& row : rows)
            ids.push_back(format_ws_id(api::k_contacts_type, row.integer(0).value_or(0)));
        return unknown("several contacts have the e-mail address " + name + ": " + base::join(ids, ", ")
            + "; give the id instead");
    }
    return contact_from_row(rows.front());
}

const std::vector<CommandGroup>& contact_groups()
{
    static const std::string k_usage = contact_usage();
    static const std::vector<CommandGroup> groups { { "contact", k_usage, run_contact } };
    return groups;
}

}
