#define BOOST_TEST_MODULE admin
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "reference-crm/admin/admin.h"
#include "reference-crm/api/api_handler.h"
#include "reference-crm/json.h"
#include "reference-crm/storage/seed_demo.h"
#include "reference-crm/test_database.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

// The admin command line against a real MariaDB named by
// REFCRM_TEST_DB_HOST/PORT/USER/PASSWORD/NAME (default refcrm_test), which
// it migrates and seeds; each change is checked through the API a portal
// calls. Every test leaves the demo data as it found it (seed demo).

using namespace refcrm;
namespace utf = boost::unit_test;

namespace {

using test::database_configured;
using test::stack;
using test::test_database;

// Puts the demo data back after a test changed settings or contacts.
struct Reseed {
    ~Reseed() { BOOST_CHECK(storage::seed_demo(*stack().db).ok()); }
};

struct Outcome {
    std::string error_code; // empty when the command succeeded
    std::string message;
    std::string out;
};

Outcome attempt(std::vector<std::string> words, const std::string& input = "")
{
    std::istringstream in(input);
    std::ostringstream out;
    auto done = admin::run_admin(*stack().db, words, in, out);
    if (done.ok())
        return { "", "", out.str() };
    return { done.error().code(), done.error().message(), out.str() };
}

std::string ok(std::vector<std::string> words, const std::string& input = "")
{
    Outcome outcome = attempt(std::move(words), input);
    BOOST_REQUIRE_MESSAGE(outcome.error_code.empty(), outcome.message);
    return outcome.out;
}

using test::Login;

const Login k_mary { "mary.smith@northwind.example", "Demo-Portal-1" };
const Login k_tom { "tom.nolan@contoso.example", "Demo-Portal-4" };

json::Value ask(const Login& login, std::multimap<std::string, std::string> form)
{
    auto parsed = json::parse(test::call(login, std::move(form)).body);
    BOOST_REQUIRE(parsed.ok());
    return parsed.release_value();
}

bool succeeded(const json::Value& answer) { return answer.find("success")->as_bool(); }

json::Value result(const Login& login, std::multimap<std::string, std::string> form)
{
    json::Value answer = ask(login, std::move(form));
    BOOST_REQUIRE_MESSAGE(succeeded(answer), serialize(answer));
    return *answer.find("result");
}

std::string single(const std::string& sql, const std::vector<storage::Param>& params = {})
{
    auto rows = stack().db->query(sql, params);
    BOOST_REQUIRE(rows.ok());
    return rows->empty() ? std::string() : rows->front().text(0);
}

std::vector<std::string> module_types(const Login& login)
{
    std::vector<std::string> names;
    json::Value modules = result(login, { { "_operation", "FetchModules" } });
    for (const auto& name : modules.find("modules")->find("types")->items())
        names.push_back(name.text());
    return names;
}

std::size_t case_count(const Login& login)
{
    json::Value cases = result(login, { { "_operation", "FetchRecords" }, { "module", "HelpDesk" } });
    return base::parse_int(cases.find("count")->text()).value_or(0);
}

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string read_file(const std::string& path)
{
    std::ifstream file(path);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// Runs the reference-crm binary with the test database, as an operator would.
Run run_binary(const std::string& arguments)
{
    stack(); // the database migrated and seeded
    auto options = test_database();
    auto folder = std::filesystem::temp_directory_path();
    std::string out = folder / ("refcrm-admin-test-" + std::to_string(getpid()) + ".out");
    std::string err = folder / ("refcrm-admin-test-" + std::to_string(getpid()) + ".err");
    std::string command = std::string("REFCRM_DB_HOST='") + options.host
        + "' REFCRM_DB_PORT=" + std::to_string(options.port) + " REFCRM_DB_USER='" + options.user
        + "' REFCRM_DB_PASSWORD='" + options.password + "' REFCRM_DB_NAME='" + options.name + "' " + REFCRM_BINARY + " "
        + arguments + " >" + out + " 2>" + err + " </dev/null";
    int status = std::system(command.c_str());
    Run run { WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err) };
    std::remove(out.c_str());
    std::remove(err.c_str());
    return run;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The token of the newest link mailed to an address, and the mail.
std::pair<std::string, std::string> last_link(const std::string& email)
{
    std::string body = single("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", { email });
    std::size_t start = body.find("/reset-password?token=");
    BOOST_REQUIRE(start != std::string::npos);
    start += std::string("/reset-password?token=").size();
    return { body.substr(start, body.find('\n', start) - start), body };
}

json::Value redeem(const std::string& token, const std::string& password)
{
    return ask({ "x", "x" }, { { "_operation", "ResetPassword" }, { "token", token }, { "newPassword", password } });
}

}

BOOST_AUTO_TEST_SUITE(with_database, *utf::precondition(database_configured))

BOOST_AUTO_TEST_CASE(bad_arguments_print_a_usage_line_and_exit_2)
{
    for (std::string arguments : { "admin", "admin frobnicate", "admin modules twist HelpDesk",
             "admin modules create HelpDesk maybe", "admin scope HelpDesk sometimes", "admin fields", "admin contact",
             "admin contact dates mary.smith@northwind.example",
             "admin contact dates mary.smith@northwind.example --start 2026-02-30",
             "admin contact logins mary.smith@northwind.example --limit many", "admin url ftp://x",
             "admin announcement set", "admin contact list --colour red" }) {
        Run run = run_binary(arguments);
        BOOST_TEST_CONTEXT(arguments)
        {
            BOOST_TEST(run.exit_code == 2);
            BOOST_TEST(contains(run.err, "usage: reference-crm admin"));
            BOOST_TEST(run.out.empty());
        }
    }
}

BOOST_AUTO_TEST_CASE(unknown_names_are_named_and_exit_1)
{
    const std::pair<std::string, std::string> k_unknown[] {
        { "admin contact show nobody@nowhere.example", "no contact 'nobody@nowhere.example'" },
        { "admin scope Leads all", "no module 'Leads'; the modules are: HelpDesk" },
        { "admin fields HelpDesk show hours", "HelpDesk has no field 'hours'" },
        { "admin assignee ghost", "no CRM user 'ghost'" },
    };
    for (const auto& [arguments, message] : k_unknown) {
        Run run = run_binary(arguments);
        BOOST_TEST_CONTEXT(arguments)
        {
            BOOST_TEST(run.exit_code == 1);
            BOOST_TEST(contains(run.err, message));
        }
    }
    Run shown = run_binary("admin contact show mary.smith@northwind.example");
    BOOST_TEST(shown.exit_code == 0);
    BOOST_TEST(contains(shown.out, "can log in "));
    BOOST_TEST(contains(shown.out, " yes\n"));
}

BOOST_AUTO_TEST_CASE(a_failed_command_writes_nothing)
{
    Reseed reseed;
    ok({ "modules", "disable", "Faq" });
    // Faq would be switched on before Contacts is refused.
    BOOST_TEST(attempt({ "modules", "enable", "Faq", "Contacts" }).error_code == "admin.refused");
    BOOST_TEST(single("SELECT visible FROM customerportal_tabs WHERE module = 'Faq'") == "0");
    std::string fields = single("SELECT fieldinfo FROM customerportal_fields WHERE module = 'HelpDesk'");
    BOOST_TEST(
        attempt({ "fields", "HelpDesk", "hide", "description", "assigned_user_idx" }).error_code == "admin.unknown");
    BOOST_TEST(single("SELECT fieldinfo FROM customerportal_fields WHERE module = 'HelpDesk'") == fields);
    ok({ "contact", "disable", k_tom.user });
    BOOST_REQUIRE(stack().db->update("UPDATE customerportal_settings SET url = '' WHERE id = 1").ok());
    std::string outbox = single("SELECT COUNT(*) FROM mail_outbox");
    Outcome enable = attempt({ "contact", "enable", k_tom.user });
    BOOST_TEST(enable.error_code == "admin.refused");
    BOOST_TEST(contains(enable.message, "portal URL is not set"));
    BOOST_TEST(enable.out.empty());
    BOOST_TEST(single("SELECT portal FROM contacts WHERE email = ?", { k_tom.user }) == "0");
    BOOST_TEST(single("SELECT isactive FROM portal_logins WHERE user_name = ?", { k_tom.user }) == "0");
    BOOST_TEST(single("SELECT COUNT(*) FROM mail_outbox") == outbox);
}

BOOST_AUTO_TEST_CASE(modules_switch_order_and_rights)
{
    Reseed reseed;
    BOOST_TEST(contains(ok({ "modules" }), "HelpDesk"));
    ok({ "modules", "disable", "Faq", "Invoice" });
    auto types = module_types(k_mary);
    BOOST_TEST((std::find(types.begin(), types.end(), "Faq") == types.end()));
    BOOST_TEST((std::find(types.begin(), types.end(), "Invoice") == types.end()));
    ok({ "modules", "enable", "faq" });
    ok({ "modules", "order", "Documents", "Faq" });
    types = module_types(k_mary);
    BOOST_REQUIRE(types.size() >= 2u);
    BOOST_TEST(types[0] == "Documents");
    BOOST_TEST(types[1] == "Faq");
    BOOST_TEST(attempt({ "modules", "order", "Faq", "Faq" }).error_code == "usage");
    ok({ "modules", "create", "HelpDesk", "off" });
    json::Value created = ask(
        k_mary, { { "_operation", "SaveRecord" }, { "module", "HelpDesk" }, { "values", R"({"ticket_title":"x"})" } });
    BOOST_TEST(!succeeded(created));
    BOOST_TEST(attempt({ "modules", "create", "Invoice", "on" }).error_code == "admin.refused");
    BOOST_TEST(attempt({ "modules", "disable", "Accounts" }).error_code == "admin.refused");
}

BOOST_AUTO_TEST_CASE(fields_show_hide_and_access)
{
    Reseed reseed;
    ok({ "fields", "HelpDesk", "hide", "ticketseverities" });
    json::Value cases = result(k_mary, { { "_operation", "FetchRecords" }, { "module", "HelpDesk" } });
    BOOST_TEST(cases.find("0")->find("ticketseverities") == nullptr);
    std::string listed = ok({ "fields", "HelpDesk", "show", "ticketseverities" });
    BOOST_TEST(contains(listed, "ticketseverities"));
    ok({ "fields", "HelpDesk", "readonly", "ticketcategories" });
    std::string id
        = result(k_mary, { { "_operation", "FetchRecords" }, { "module", "HelpDesk" } }).find("0")->find("id")->text();
    json::Value edit = ask(k_mary,
        { { "_operation", "SaveRecord" }, { "recordId", id },
            { "values", R"({"ticketcategories":"Other Problem"})" } });
    BOOST_TEST(!succeeded(edit));
    ok({ "fields", "HelpDesk", "editable", "ticketcategories" });
    edit = ask(k_mary,
        { { "_operation", "SaveRecord" }, { "recordId", id },
            { "values", R"({"ticketcategories":"Other Problem"})" } });
    BOOST_TEST(succeeded(edit));
    Outcome owner = attempt({ "fields", "HelpDesk", "editable", "assigned_user_id" });
    BOOST_TEST(owner.error_code == "admin.refused");
    BOOST_TEST(attempt({ "fields", "Contacts", "editable", "support_end_date" }).error_code == "admin.refused");
}

BOOST_AUTO_TEST_CASE(scope_mine_all_and_subsidiaries)
{
    Reseed reseed;
    ok({ "scope", "HelpDesk", "mine" });
    std::size_t mine = case_count(k_mary);
    ok({ "scope", "HelpDesk", "all" });
    std::size_t all = case_count(k_mary);
    BOOST_TEST(all > mine);
    BOOST_TEST(contains(ok({ "scope", "HelpDesk" }), "HelpDesk  all"));
    ok({ "scope", "HelpDesk", "subsidiaries" });
    BOOST_TEST(case_count(k_mary) > all);
    BOOST_TEST(attempt({ "scope", "Faq", "all" }).error_code == "admin.refused");
    BOOST_TEST(attempt({ "scope", "Products", "subsidiaries" }).error_code == "admin.refused");
}

BOOST_AUTO_TEST_CASE(assignee_announcement_widgets_shortcuts_related)
{
    Reseed reseed;
    ok({ "assignee", "admin" });
    json::Value modules = result(k_mary, { { "_operation", "FetchModules" } });
    BOOST_TEST(modules.find("user_id")->find("label")->text() == "Alex Admin");
    BOOST_TEST(contains(ok({ "assignee", "none" }), "nobody"));
    BOOST_TEST(attempt({ "assignee", "ghost" }).error_code == "admin.unknown");

    ok({ "announcement", "set", "-" }, "Maintenance on Sunday.\nNo new cases 02:00-04:00.\n");
    json::Value announced = result(k_mary, { { "_operation", "FetchAnnouncement" } });
    BOOST_TEST(announced.find("announcement")->text() == "Maintenance on Sunday.\nNo new cases 02:00-04:00.");
    BOOST_TEST(attempt({ "announcement", "set", "bad \xC3\x28 text" }).error_code == "admin.refused");
    ok({ "announcement", "clear" });
    BOOST_TEST(result(k_mary, { { "_operation", "FetchAnnouncement" } }).find("announcement")->is_null());

    ok({ "widgets", "disable", "Faq" });
    json::Value widgets = result(k_mary, { { "_operation", "FetchRecentRecords" } });
    for (const auto& widget : widgets.items())
        BOOST_TEST(widget.find("Faq") == nullptr);
    BOOST_TEST(attempt({ "widgets", "enable", "Invoice" }).error_code == "admin.refused");

    ok({ "shortcuts", "disable", "HelpDesk", "LBL_OPEN_TICKETS" });
    std::string shortcuts = serialize(result(k_mary, { { "_operation", "FetchShortcuts" } }));
    BOOST_TEST(!contains(shortcuts, "LBL_OPEN_TICKETS"));
    BOOST_TEST(contains(shortcuts, "LBL_CREATE_TICKET"));
    BOOST_TEST(attempt({ "shortcuts", "enable", "HelpDesk", "LBL_FLY" }).error_code == "admin.unknown");

    BOOST_TEST(contains(ok({ "related", "HelpDesk", "disable", "Documents" }), "tabs: History, ModComments\n"));
    std::string related
        = serialize(result(k_mary, { { "_operation", "FetchRelatedModules" }, { "module", "HelpDesk" } }));
    BOOST_TEST(!contains(related, "Documents"));
    BOOST_TEST(attempt({ "related", "HelpDesk", "enable", "ProjectTask" }).error_code == "admin.refused");
}

BOOST_AUTO_TEST_CASE(contact_list_show_and_logins)
{
    Reseed reseed;
    std::string list = ok({ "contact", "list" });
    BOOST_TEST(contains(list, k_mary.user));
    BOOST_TEST(contains(list, "Contoso"));
    BOOST_TEST(!contains(ok({ "contact", "list", "--search", "Contoso" }), k_mary.user));
    std::string id = "12x" + single("SELECT id FROM contacts WHERE email = ?", { k_mary.user });
    BOOST_TEST(contains(ok({ "contact", "show", id }), k_mary.user));
    result(k_mary, { { "_operation", "UpdateLoginDetails" }, { "status", "Login" } });
    result(k_mary, { { "_operation", "UpdateLoginDetails" }, { "status", "Logout" } });
    std::string logins = ok({ "contact", "logins", k_mary.user, "--limit", "2" });
    BOOST_TEST(contains(logins, "Logout"));
    BOOST_TEST(contains(logins, "Login"));
    BOOST_TEST(logins.find("Logout") < logins.find("Login\n"));
}

BOOST_AUTO_TEST_CASE(support_dates_decide_the_login)
{
    Reseed reseed;
    ok({ "contact", "dates", k_tom.user, "--start", "2000-01-01", "--end", "2001-01-31" });
    BOOST_TEST(!succeeded(ask(k_tom, { { "_operation", "Ping" } })));
    BOOST_TEST(contains(ok({ "contact", "show", k_tom.user }), "no: support ended on 2001-01-31"));
    ok({ "contact", "dates", k_tom.user, "--start", "2999-01-01", "--end", "none" });
    BOOST_TEST(!succeeded(ask(k_tom, { { "_operation", "Ping" } })));
    BOOST_TEST(attempt({ "contact", "dates", k_tom.user, "--end", "2998-12-31" }).error_code == "admin.refused");
    ok({ "contact", "dates", k_tom.user, "--start", "none" });
    BOOST_TEST(succeeded(ask(k_tom, { { "_operation", "Ping" } })));
    BOOST_TEST(
        single("SELECT COALESCE(support_start_date, 'none') FROM contacts WHERE email = ?", { k_tom.user }) == "none");
}

BOOST_AUTO_TEST_CASE(disable_then_enable_sends_a_single_use_invitation)
{
    Reseed reseed;
    ok({ "contact", "disable", k_tom.user });
    BOOST_TEST(!succeeded(ask(k_tom, { { "_operation", "Ping" } })));
    std::string enabled = ok({ "contact", "enable", k_tom.user });
    BOOST_TEST(contains(enabled, "invitation queued"));
    auto [token, mail] = last_link(k_tom.user);
    BOOST_TEST(contains(mail, "http://localhost:8080/reset-password?token="));
    BOOST_TEST(contains(mail, "within 7 days"));
    BOOST_TEST(!contains(mail, k_tom.password));
    BOOST_TEST(single("SELECT TIMESTAMPDIFF(MINUTE, NOW(), expires_at) BETWEEN 7 * 24 * 60 - 5 AND 7 * 24 * 60 "
                      "FROM password_reset_tokens WHERE id = ?",
                   { base::parse_int(token.substr(0, token.find('.'))).value_or(0) })
        == "1");
    BOOST_TEST(contains(ok({ "contact", "enable", k_tom.user }), "already has portal access"));
    BOOST_TEST(succeeded(redeem(token, "Chosen-By-Tom-7")));
    BOOST_TEST(!succeeded(redeem(token, "Chosen-Again-8")));
    BOOST_TEST(succeeded(ask({ k_tom.user, "Chosen-By-Tom-7" }, { { "_operation", "Ping" } })));

    // A link mailed before the access was withdrawn no longer works.
    ok({ "contact", "reset-password", k_tom.user });
    std::string withdrawn = last_link(k_tom.user).first;
    ok({ "contact", "disable", k_tom.user });
    ok({ "contact", "enable", k_tom.user });
    BOOST_TEST(!succeeded(redeem(withdrawn, "Too-Late-Pass-9")));
}

BOOST_AUTO_TEST_CASE(a_new_portal_contact_gets_a_login_without_a_known_password)
{
    Reseed reseed;
    BOOST_REQUIRE(stack()
                      .db
                      ->insert("INSERT INTO contacts (first_name, last_name, email) VALUES ('Nina', 'New', "
                               "'nina.new@contoso.example')",
                          {})
                      .ok());
    std::string shown = ok({ "contact", "show", "nina.new@contoso.example" });
    BOOST_TEST(contains(shown, "no: portal access is off"));
    ok({ "contact", "enable", "nina.new@contoso.example" });
    auto [token, mail] = last_link("nina.new@contoso.example");
    BOOST_TEST(contains(mail, "Dear Nina"));
    BOOST_TEST(single("SELECT kind FROM password_reset_tokens ORDER BY id DESC LIMIT 1") == "invitation");
    BOOST_REQUIRE(stack()
                      .db
                      ->update("UPDATE password_reset_tokens SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE id = ?",
                          { base::parse_int(token.substr(0, token.find('.'))).value_or(0) })
                      .ok());
    BOOST_TEST(!succeeded(redeem(token, "Nina-Password-1")));
    ok({ "contact", "reset-password", "nina.new@contoso.example" });
    auto [fresh, reset_mail] = last_link("nina.new@contoso.example");
    BOOST_TEST(contains(reset_mail, "within 24 hours"));
    BOOST_TEST(succeeded(redeem(fresh, "Nina-Password-1")));
    BOOST_TEST(succeeded(ask({ "nina.new@contoso.example", "Nina-Password-1" }, { { "_operation", "Ping" } })));
    BOOST_REQUIRE(stack().db->update("DELETE FROM contacts WHERE email = 'nina.new@contoso.example'").ok());
}

BOOST_AUTO_TEST_CASE(a_contact_without_email_gets_no_login)
{
    Reseed reseed;
    std::int64_t id = stack()
                          .db->insert("INSERT INTO contacts (first_name, last_name) VALUES ('Otto', 'Offline')", {})
                          .release_value();
    Outcome enable = attempt({ "contact", "enable", "12x" + std::to_string(id) });
    BOOST_TEST(enable.error_code == "admin.refused");
    BOOST_TEST(contains(enable.message, "no usable e-mail address"));
    BOOST_TEST(single("SELECT COUNT(*) FROM portal_logins WHERE contact_id = ?", { id }) == "0");
    BOOST_REQUIRE(stack().db->update("DELETE FROM contacts WHERE id = ?", { id }).ok());
}

BOOST_AUTO_TEST_SUITE_END()
