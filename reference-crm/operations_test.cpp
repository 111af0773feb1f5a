#define BOOST_TEST_MODULE operations
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "reference-crm/api/api_handler.h"
#include "reference-crm/json.h"
#include "reference-crm/storage/seed_demo.h"
#include "reference-crm/test_database.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

// Runs against a real MariaDB named by REFCRM_TEST_DB_HOST/PORT/USER/PASSWORD
// and REFCRM_TEST_DB_NAME (default refcrm_test), which it migrates and seeds.

using namespace refcrm;
namespace utf = boost::unit_test;

namespace {

using test::call;
using test::database_configured;
using test::Login;
using test::stack;

const Login k_mary { "mary.smith@northwind.example", "Demo-Portal-1" };
const Login k_peter { "peter.jones@northwind.example", "Demo-Portal-2" };
const Login k_lena { "lena.berg@eastwind.example", "Demo-Portal-3" };

json::Value body_of(const api::ApiReply& reply)
{
    auto parsed = json::parse(reply.body);
    BOOST_REQUIRE_MESSAGE(parsed.ok(), "not JSON: " << reply.body);
    return parsed.release_value();
}

json::Value result_of(const api::ApiReply& reply)
{
    json::Value body = body_of(reply);
    BOOST_REQUIRE_MESSAGE(body.find("success")->as_bool(), "failed: " << reply.body);
    return *body.find("result");
}

std::string error_message(const api::ApiReply& reply)
{
    json::Value body = body_of(reply);
    BOOST_REQUIRE_MESSAGE(!body.find("success")->as_bool(), "succeeded: " << reply.body);
    return body.find("error")->find("message")->text();
}

// The records of a FetchRecords answer in key order "0", "1", ….
std::vector<json::Value> records_of(const json::Value& result)
{
    std::vector<json::Value> records;
    for (const auto& [key, value] : result.members()) {
        if (key != "count")
            records.push_back(value);
    }
    return records;
}

std::vector<json::Value> tickets(const Login& login, std::multimap<std::string, std::string> extra = {})
{
    extra.emplace("_operation", "FetchRecords");
    extra.emplace("module", "HelpDesk");
    extra.emplace("moduleLabel", "HelpDesk");
    return records_of(result_of(call(login, extra)));
}

std::string contact_of(const Login& login)
{
    return result_of(call(login, { { "_operation", "FetchModules" } })).find("contact_id")->find("value")->text();
}

}

BOOST_AUTO_TEST_SUITE(with_database, *utf::precondition(database_configured))

BOOST_AUTO_TEST_CASE(ping_logs_in)
{
    BOOST_TEST(serialize(result_of(call(k_mary, { { "_operation", "Ping" } }))) == "\"login success\"");
}

BOOST_AUTO_TEST_CASE(every_login_failure_looks_the_same)
{
    BOOST_TEST(error_message(call({ k_mary.user, "wrong" }, { { "_operation", "Ping" } })) == "Login failed");
    BOOST_TEST(error_message(call({ "nobody@x.example", "x" }, { { "_operation", "Ping" } })) == "Login failed");
    api::ApiCall mismatch;
    mismatch.authorization = "Basic " + base::base64_encode(k_peter.user + ":" + k_peter.password);
    mismatch.form = { { "_operation", "Ping" }, { "username", k_mary.user }, { "password", k_mary.password } };
    BOOST_TEST(error_message(stack().handler->handle(mismatch)) == "Login failed");
}

BOOST_AUTO_TEST_CASE(disabled_and_expired_contacts_cannot_log_in)
{
    const Login tom { "tom.nolan@contoso.example", "Demo-Portal-4" };
    auto& db = *stack().db;
    auto contact = [&](const std::string& change) {
        BOOST_REQUIRE(db.update("UPDATE contacts SET " + change + " WHERE email = ?", { tom.user }).ok());
        return error_message(call(tom, { { "_operation", "Ping" } }));
    };
    BOOST_TEST(contact("support_end_date = CURDATE() - INTERVAL 1 DAY") == "Login failed");
    BOOST_TEST(contact("support_end_date = NULL, support_start_date = CURDATE() + INTERVAL 1 DAY") == "Login failed");
    BOOST_TEST(contact("support_start_date = NULL, portal = 0") == "Login failed");
    BOOST_REQUIRE(db.update("UPDATE contacts SET portal = 1 WHERE email = ?", { tom.user }).ok());
    BOOST_REQUIRE(db.update("UPDATE portal_logins SET isactive = 0 WHERE user_name = ?", { tom.user }).ok());
    BOOST_TEST(error_message(call(tom, { { "_operation", "Ping" } })) == "Login failed");
    BOOST_REQUIRE(storage::seed_demo(db).ok());
    BOOST_TEST(result_of(call(tom, { { "_operation", "Ping" } })).text() == "login success");
}

BOOST_AUTO_TEST_CASE(missing_basic_header_is_401)
{
    api::ApiCall request;
    request.form = { { "_operation", "Ping" }, { "username", k_mary.user }, { "password", k_mary.password } };
    api::ApiReply reply = stack().handler->handle(request);
    BOOST_TEST(reply.status == 401);
    BOOST_TEST(reply.ask_for_credentials);
    BOOST_TEST(reply.body == R"({"success":false,"error":{"code":1412,"message":"Login Required"}})");
}

BOOST_AUTO_TEST_CASE(unknown_operation_is_1404)
{
    BOOST_TEST(call(k_mary, { { "_operation", "FooBar" } }).body
        == R"({"success":false,"error":{"code":1404,"message":"Operation not found: FooBar"}})");
    BOOST_TEST(call(k_mary, {}).body == R"({"success":false,"error":{"code":1404,"message":"Operation not found: "}})");
}

BOOST_AUTO_TEST_CASE(mary_sees_exactly_her_own_cases)
{
    std::string mary = contact_of(k_mary);
    auto records = tickets(k_mary);
    BOOST_TEST(records.size() == 4u);
    for (const auto& record : records)
        BOOST_TEST(record.find("contact_id")->text() == mary);
    auto result = result_of(call(k_mary, { { "_operation", "FetchRecords" }, { "module", "HelpDesk" } }));
    BOOST_TEST(result.find("count")->text() == "4");
    BOOST_TEST(tickets(k_mary, { { "mode", "all" } }).size() == 4u);
    BOOST_TEST(tickets(k_lena).size() == 3u);
}

BOOST_AUTO_TEST_CASE(records_have_the_fieldinfo_fields_then_id)
{
    auto record = tickets(k_mary).front();
    BOOST_TEST(record.members().front().first == "ticket_no");
    BOOST_TEST(record.members().back().first == "id");
    BOOST_TEST(record.members().size() == 15u);
    BOOST_TEST(record.find("id")->text().starts_with("17x"));
    BOOST_TEST(record.find("ticket_no")->text().starts_with("TT"));
    BOOST_TEST(record.find("assigned_user_id")->text().starts_with("19x"));
}

BOOST_AUTO_TEST_CASE(peters_case_is_not_accessible_to_mary)
{
    std::string peters_case = tickets(k_peter).front().find("id")->text();
    auto reply = call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", peters_case } });
    BOOST_TEST(reply.body == R"({"success":false,"error":{"code":1412,"message":"Record not Accessible"}})");
    auto comments = call(k_mary,
        { { "_operation", "FetchRelatedRecords" }, { "recordId", peters_case }, { "relatedModule", "ModComments" } });
    BOOST_TEST(error_message(comments) == "Record not accessible");
}

BOOST_AUTO_TEST_CASE(fetch_record_returns_own_case)
{
    std::string id = tickets(k_mary).front().find("id")->text();
    auto result = result_of(call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", id } }));
    BOOST_TEST(result.find("record")->find("id")->text() == id);
    auto bad = call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", "14" } });
    BOOST_TEST(body_of(bad).find("error")->find("code")->text() == "INVALID_ID_ATTRIBUTE");
    auto unknown = call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", "17x999999" } });
    BOOST_TEST(error_message(unknown) == "Record not Accessible");
}

BOOST_AUTO_TEST_CASE(filters_order_and_paging)
{
    auto closed = tickets(k_mary, { { "fields", R"({"ticketstatus":"Closed"})" } });
    BOOST_TEST(closed.size() == 1u);
    BOOST_TEST(closed.front().find("ticketstatus")->text() == "Closed");
    auto sorted = tickets(k_mary, { { "orderBy", "ticket_title" }, { "order", "asc" } });
    for (std::size_t i = 1; i < sorted.size(); ++i)
        BOOST_TEST((sorted[i - 1].find("ticket_title")->text() <= sorted[i].find("ticket_title")->text()));
    auto page = result_of(call(
        k_mary, { { "_operation", "FetchRecords" }, { "module", "HelpDesk" }, { "pageLimit", "3" }, { "page", "1" } }));
    BOOST_TEST(records_of(page).size() == 1u);
    BOOST_TEST(page.find("count")->text() == "4");
    auto either = tickets(k_mary,
        { { "fields", R"({"ticketstatus":"Closed","ticketpriorities":"High"})" }, { "groupConditions", "OR" } });
    BOOST_TEST(either.size() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_list_parameters_are_refused)
{
    auto fetch = [](std::multimap<std::string, std::string> extra) {
        extra.emplace("_operation", "FetchRecords");
        extra.emplace("module", "HelpDesk");
        return error_message(call(k_mary, extra));
    };
    BOOST_TEST(fetch({ { "orderBy", "hours" } }) == "sort by hours not allowed");
    BOOST_TEST(fetch({ { "order", "sideways" } }) == "Invalid sorting order");
    BOOST_TEST(fetch({ { "fields", R"({"hours":"1"})" } }) == "hours is not accessible.");
    BOOST_TEST(fetch({ { "fields", "{not json" } }) == "Invalid fields");
    BOOST_TEST(fetch({ { "page", "-1" } }) == "Invalid page");
    BOOST_TEST(error_message(call(k_mary, { { "_operation", "FetchRecords" }, { "module", "Leads" } }))
        == "Module not accessible");
}

BOOST_AUTO_TEST_CASE(faq_lists_published_only)
{
    auto result = result_of(call(k_mary, { { "_operation", "FetchRecords" }, { "module", "Faq" } }));
    auto records = records_of(result);
    BOOST_TEST(records.size() == 7u);
    for (const auto& record : records)
        BOOST_TEST(record.find("faqstatus")->text() == "Published");
}

BOOST_AUTO_TEST_CASE(comments_of_own_case_newest_first)
{
    std::string id = tickets(k_mary, { { "orderBy", "ticket_title" }, { "order", "ASC" } }).back().find("id")->text();
    auto comments = result_of(call(
        k_mary, { { "_operation", "FetchRelatedRecords" }, { "recordId", id }, { "relatedModule", "ModComments" } }));
    BOOST_REQUIRE(!comments.items().empty());
    for (std::size_t i = 1; i < comments.items().size(); ++i) {
        BOOST_TEST(
            (comments.items()[i - 1].find("modifiedtime")->text() >= comments.items()[i].find("modifiedtime")->text()));
    }
    BOOST_TEST(comments.items().front().find("related_to")->text() == id);
}

BOOST_AUTO_TEST_CASE(fetch_modules_and_describe)
{
    auto modules = result_of(call(k_lena, { { "_operation", "FetchModules" } }));
    BOOST_TEST(modules.find("contact_id")->find("label")->text() == "Lena Berg");
    BOOST_TEST(modules.find("account_id")->find("label")->text() == "Eastwind Outfitters");
    BOOST_TEST(modules.find("modules")->find("types")->items().front().text() == "HelpDesk");
    auto describe = result_of(call(k_lena, { { "_operation", "DescribeModule" }, { "module", "HelpDesk" } }));
    BOOST_TEST(describe.find("describe")->find("idPrefix")->text() == "17");
    BOOST_TEST(describe.find("describe")->find("fields")->find("1")->find("name")->text() == "ticket_title");
}

BOOST_AUTO_TEST_CASE(update_login_details_records_times)
{
    auto login = result_of(call(k_peter, { { "_operation", "UpdateLoginDetails" }, { "status", "Login" } }));
    BOOST_TEST(login.as_bool());
    result_of(call(k_peter, { { "_operation", "UpdateLoginDetails" }, { "status", "Logout" } }));
    auto rows = stack().db->query(
        "SELECT login_time IS NOT NULL, logout_time IS NOT NULL, last_login_time IS NOT NULL FROM portal_logins "
        "WHERE user_name = ?",
        { k_peter.user });
    BOOST_REQUIRE(rows.ok());
    BOOST_TEST(rows->front().text(0) == "1");
    BOOST_TEST(rows->front().text(1) == "1");
    BOOST_TEST(rows->front().text(2) == "1");
}

BOOST_AUTO_TEST_CASE(seeding_twice_changes_nothing)
{
    auto count = [] {
        auto rows = stack().db->query("SELECT (SELECT COUNT(*) FROM tickets), (SELECT COUNT(*) FROM comments), "
                                      "(SELECT COUNT(*) FROM contacts), (SELECT COUNT(*) FROM faqs)");
        return rows.value().front().text(0) + "/" + rows->front().text(1) + "/" + rows->front().text(2) + "/"
            + rows->front().text(3);
    };
    std::string before = count();
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
    BOOST_TEST(count() == before);
    BOOST_TEST(result_of(call(k_mary, { { "_operation", "Ping" } })).text() == "login success");
}

const Login k_tom { "tom.nolan@contoso.example", "Demo-Portal-4" };
const std::vector<Login> k_everyone { k_mary, k_peter, k_lena, k_tom };

api::ApiReply anonymous(std::multimap<std::string, std::string> form)
{
    api::ApiCall request;
    request.authorization = "Basic " + base::base64_encode("x:x");
    request.form = std::move(form);
    return stack().handler->handle(request);
}

bool succeeded(const api::ApiReply& reply) { return body_of(reply).find("success")->as_bool(); }

std::string single(const std::string& sql, const std::vector<storage::Param>& params = {})
{
    auto rows = stack().db->query(sql, params);
    BOOST_REQUIRE(rows.ok());
    return rows->empty() ? std::string() : rows->front().text(0);
}

// Every case in the CRM with the login of its contact.
std::vector<std::pair<std::string, std::string>> every_case()
{
    auto rows = stack().db->query("SELECT CONCAT('17x', t.id), c.email FROM tickets t JOIN contacts c "
                                  "ON c.id = t.contact_id ORDER BY t.id");
    BOOST_REQUIRE(rows.ok());
    std::vector<std::pair<std::string, std::string>> cases;
    for (const auto& row : *rows)
        cases.emplace_back(row.text(0), row.text(1));
    return cases;
}

void set_helpdesk_scope(int records_visible, int subsidiaries)
{
    BOOST_REQUIRE(stack()
                      .db
                      ->update("UPDATE customerportal_fields SET records_visible = ?, include_subsidiaries = ? "
                               "WHERE module = 'HelpDesk'",
                          { std::int64_t { records_visible }, std::int64_t { subsidiaries } })
                      .ok());
}

std::string organisation_of(const std::string& email)
{
    return single(
        "SELECT o.name FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.email = ?", { email });
}

// Who may act on a case under the HelpDesk scope setting in force.
bool may_see(const Login& login, const std::string& owner, int records_visible, int subsidiaries)
{
    if (login.user == owner)
        return true;
    if (records_visible == 0)
        return false;
    std::string mine = organisation_of(login.user);
    std::string theirs = organisation_of(owner);
    if (mine == theirs)
        return true;
    return subsidiaries == 1 && mine == "Northwind Traders" && theirs == "Eastwind Outfitters";
}

void check_case_matrix(int records_visible, int subsidiaries)
{
    set_helpdesk_scope(records_visible, subsidiaries);
    for (const auto& login : k_everyone) {
        for (const auto& [id, owner] : every_case()) {
            bool allowed = may_see(login, owner, records_visible, subsidiaries);
            BOOST_TEST_CONTEXT(login.user << " on " << id << " of " << owner)
            {
                BOOST_TEST(succeeded(call(login, { { "_operation", "FetchRecord" }, { "recordId", id } })) == allowed);
                BOOST_TEST(succeeded(call(login,
                               { { "_operation", "FetchRelatedRecords" }, { "recordId", id },
                                   { "relatedModule", "ModComments" } }))
                    == allowed);
                BOOST_TEST(succeeded(call(
                               login, { { "_operation", "FetchHistory" }, { "module", "HelpDesk" }, { "record", id } }))
                    == allowed);
            }
        }
        auto listed = tickets(login);
        for (const auto& record : listed) {
            std::string owner = single("SELECT c.email FROM tickets t JOIN contacts c ON c.id = t.contact_id "
                                       "WHERE CONCAT('17x', t.id) = ?",
                { record.find("id")->text() });
            BOOST_TEST(may_see(login, owner, records_visible, subsidiaries));
        }
    }
}

BOOST_AUTO_TEST_CASE(case_reads_follow_the_scope_setting)
{
    check_case_matrix(0, 0);
    check_case_matrix(1, 0);
    check_case_matrix(1, 1);
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
}

BOOST_AUTO_TEST_CASE(writes_out_of_scope_change_nothing)
{
    for (const auto& login : k_everyone) {
        for (const auto& [id, owner] : every_case()) {
            bool allowed = login.user == owner;
            std::string before = single("SELECT CONCAT((SELECT COUNT(*) FROM comments), '/', "
                                        "(SELECT COUNT(*) FROM history_changes))");
            auto comment = call(login,
                { { "_operation", "AddComment" },
                    { "values", R"({"commentcontent":"matrix","related_to":")" + id + "\"}" } });
            auto edit = call(login,
                { { "_operation", "SaveRecord" }, { "recordId", id },
                    { "values", R"({"ticketpriorities":"Urgent"})" } });
            BOOST_TEST_CONTEXT(login.user << " on " << id)
            {
                BOOST_TEST(succeeded(comment) == allowed);
                BOOST_TEST(succeeded(edit) == allowed);
                if (!allowed) {
                    BOOST_TEST(error_message(edit) == "Record not Accessible");
                    BOOST_TEST(single("SELECT CONCAT((SELECT COUNT(*) FROM comments), '/', "
                                      "(SELECT COUNT(*) FROM history_changes))")
                        == before);
                }
            }
        }
    }
    BOOST_REQUIRE(stack().db->update("DELETE FROM comments WHERE content = 'matrix'").ok());
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
}

BOOST_AUTO_TEST_CASE(case_create_edit_and_history)
{
    auto created = result_of(call(k_peter,
        { { "_operation", "SaveRecord" }, { "module", "HelpDesk" },
            { "values", R"({"ticket_title":"Printer jams","ticketpriorities":"High"})" } }));
    std::string id = created.find("record")->find("id")->text();
    BOOST_TEST(created.find("record")->find("contact_id")->text() == contact_of(k_peter));
    BOOST_TEST(created.find("record")->find("ticketstatus")->text() == "Open");
    auto closed = result_of(call(
        k_peter, { { "_operation", "SaveRecord" }, { "recordId", id }, { "values", R"({"ticketstatus":"Closed"})" } }));
    BOOST_TEST(closed.find("record")->find("ticketstatus")->text() == "Closed");
    auto history
        = result_of(call(k_peter, { { "_operation", "FetchHistory" }, { "module", "HelpDesk" }, { "record", id } }));
    BOOST_REQUIRE(history.find("history")->items().size() == 2u);
    BOOST_TEST(history.find("history")->items().front().find("status")->text() == "updated");
    BOOST_TEST(history.find("history")->items().back().find("status")->text() == "created");
    auto save = [&](std::string values) {
        return error_message(
            call(k_peter, { { "_operation", "SaveRecord" }, { "recordId", id }, { "values", values } }));
    };
    BOOST_TEST(save(R"({"assigned_user_id":"19x1"})") == "Specified fields not editable");
    BOOST_TEST(save(R"({"contact_id":"12x1"})") == "Specified fields not editable");
    BOOST_TEST(save(R"({"ticketstatus":"Gone"})") == "Invalid value for ticketstatus");
    BOOST_TEST(error_message(call(k_peter,
                   { { "_operation", "SaveRecord" }, { "module", "HelpDesk" },
                       { "values", R"({"description":"no title"})" } }))
        == "ticket_title does not have a value");
    BOOST_TEST(error_message(call(k_peter,
                   { { "_operation", "SaveRecord" }, { "module", "Faq" }, { "values", R"({"question":"x"})" } }))
        == "save operation not supported for this module");
    BOOST_REQUIRE(stack().db->update("DELETE FROM tickets WHERE title = 'Printer jams'").ok());
}

BOOST_AUTO_TEST_CASE(profile_edits_stay_on_own_records)
{
    std::string mary = contact_of(k_mary);
    auto saved = result_of(call(k_mary,
        { { "_operation", "SaveRecord" }, { "recordId", mary }, { "values", R"({"phone":"+44 20 7946 0999"})" } }));
    BOOST_TEST(saved.find("phone")->text() == "+44 20 7946 0999");
    BOOST_TEST(saved.find("id")->text() == mary);
    auto edit = [&](const std::string& id, const std::string& values) {
        return error_message(
            call(k_mary, { { "_operation", "SaveRecord" }, { "recordId", id }, { "values", values } }));
    };
    BOOST_TEST(edit(contact_of(k_peter), R"({"phone":"1"})") == "Record not Accessible");
    BOOST_TEST(edit(mary, R"({"support_end_date":"2099-01-01"})") == "Specified fields not editable");
    BOOST_TEST(edit(mary, R"({"email":"x@y.example"})") == "Specified fields not editable");
    std::string contoso = "11x" + single("SELECT id FROM organisations WHERE name = 'Contoso'");
    BOOST_TEST(edit(contoso, R"({"phone":"1"})") == "Record not Accessible");
    auto profile = result_of(call(k_mary, { { "_operation", "FetchProfile" } }));
    BOOST_TEST(profile.find("customer_details")->find("id")->text() == mary);
    BOOST_TEST(profile.find("company_details")->find("accountname")->text() == "Northwind Traders");
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
}

BOOST_AUTO_TEST_CASE(comment_attachments_download_only_in_scope)
{
    std::string comment = single("SELECT CONCAT('30x', id) FROM comments WHERE content LIKE 'Log exported%'");
    std::string attachment = single("SELECT ca.attachment_id FROM comment_attachments ca JOIN comments c "
                                    "ON c.id = ca.comment_id WHERE c.content LIKE 'Log exported%'");
    std::multimap<std::string, std::string> form { { "_operation", "DownloadFile" }, { "module", "ModComments" },
        { "recordId", comment }, { "attachmentId", attachment } };
    auto file = result_of(call(k_mary, form));
    BOOST_TEST(file.find("filename")->text() == "router-log.txt");
    BOOST_TEST(base::base64_decode(file.find("filecontents")->text()).value().starts_with("18:04:11"));
    for (const auto& other : { k_peter, k_lena, k_tom })
        BOOST_TEST(!succeeded(call(other, form)));
    form.find("attachmentId")->second = "999999";
    BOOST_TEST(!succeeded(call(k_mary, form)));
    BOOST_TEST(error_message(call(k_mary, { { "_operation", "DownloadFile" }, { "module", "Leads" } }))
        == "Module is disabled.");
}

BOOST_AUTO_TEST_CASE(home_page_operations)
{
    BOOST_TEST(result_of(call(k_mary, { { "_operation", "FetchAnnouncement" } }))
                   .find("announcement")
                   ->text()
                   .starts_with("Planned maintenance"));
    BOOST_TEST(serialize(result_of(call(k_mary, { { "_operation", "FetchShortcuts" } })))
        == R"({"shortcuts":[{"HelpDesk":["LBL_CREATE_TICKET","LBL_OPEN_TICKETS"]},{"Documents":["LBL_ADD_DOCUMENT"]}]})");
    BOOST_TEST(result_of(call(k_mary, { { "_operation", "FetchCompanyDetails" } })).find("organizationname")->text()
        == "Bluebird Support Ltd");
    BOOST_TEST(!result_of(call(k_mary, { { "_operation", "FetchCompanyTitle" } })).find("mime"));
    auto recent = result_of(call(k_mary, { { "_operation", "FetchRecentRecords" } }));
    BOOST_REQUIRE(recent.items().size() == 3u);
    BOOST_TEST(recent.items().front().find("HelpDesk")->items().size() == 4u);
    BOOST_TEST(serialize(result_of(call(k_mary, { { "_operation", "FetchRelatedModules" }, { "module", "HelpDesk" } })))
        == R"(["History","ModComments","Documents"])");
    BOOST_TEST(call(k_mary, { { "_operation", "FetchRelatedModules" }, { "module", "Contacts" } }).body
        == R"({"success":false,"error":null})");
    BOOST_TEST(result_of(call(k_mary, { { "_operation", "FetchLabelFields" } })).items().size() == 14u);
}

BOOST_AUTO_TEST_CASE(searches_and_lists)
{
    auto faqs = result_of(call(k_mary, { { "_operation", "SearchFaqs" }, { "searchKey", "password" } }));
    BOOST_REQUIRE(!faqs.items().empty());
    BOOST_TEST(faqs.items().front().find("faqstatus")->text() == "Published");
    BOOST_TEST(result_of(call(k_mary, { { "_operation", "SearchFaqs" }, { "searchKey", "%" } })).items().empty());
    BOOST_TEST(error_message(call(k_mary, { { "_operation", "SearchRecords" }, { "searchKey", "" } }))
        == "Search key is empty");
    auto hits = result_of(call(k_tom, { { "_operation", "SearchRecords" }, { "searchKey", "Router" } }));
    for (const auto& [id, owner] : every_case()) {
        if (owner != k_tom.user)
            BOOST_TEST(serialize(hits).find(id + "\"") == std::string::npos);
    }
    auto filtered = result_of(call(k_mary,
        { { "_operation", "FilterRecords" }, { "module", "HelpDesk" }, { "field", "ticket_title" },
            { "orderBy", "ASC" }, { "limit", "2" } }));
    BOOST_TEST(filtered.items().size() == 2u);
    BOOST_TEST(error_message(
                   call(k_mary, { { "_operation", "FilterRecords" }, { "module", "HelpDesk" }, { "field", "hours" } }))
        == "filter by field not accessible");
    auto exported = result_of(call(k_mary, { { "_operation", "ExportRecords" }, { "module", "HelpDesk" } }));
    BOOST_TEST(exported.items().size() == 4u);
    auto references = result_of(call(
        k_mary, { { "_operation", "FetchReferenceRecords" }, { "module", "Products" }, { "searchKey", "Router" } }));
    BOOST_REQUIRE(!references.items().empty());
    BOOST_TEST(references.items().front().find("label")->text() == " Router X200");
}

BOOST_AUTO_TEST_CASE(password_change_and_reset_link)
{
    BOOST_TEST(error_message(call(k_tom, { { "_operation", "ChangePassword" }, { "newPassword", "short" } }))
        == "Password must have 8 to 128 characters");
    std::string neutral = "Mail has been sent to your mail id with the customer portal login details";
    BOOST_TEST(result_of(anonymous({ { "_operation", "ForgotPassword" }, { "email", "nobody@x.example" } })).text()
        == neutral);
    std::string outbox = single("SELECT COUNT(*) FROM mail_outbox");
    BOOST_TEST(result_of(anonymous({ { "_operation", "ForgotPassword" }, { "email", k_tom.user } })).text() == neutral);
    BOOST_TEST(single("SELECT COUNT(*) FROM mail_outbox") != outbox);
    std::string body
        = single("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", { k_tom.user });
    BOOST_TEST(body.find(k_tom.password) == std::string::npos);
    std::size_t start = body.find("token=") + 6;
    std::string token = body.substr(start, body.find('\n', start) - start);
    // The old password keeps working until the link is used.
    BOOST_TEST(succeeded(call(k_tom, { { "_operation", "Ping" } })));
    auto reset = [&](const std::string& value) {
        return anonymous({ { "_operation", "ResetPassword" }, { "token", value }, { "newPassword", "Fresh-Pass-9" } });
    };
    BOOST_TEST(error_message(reset(token + "0")) == "Invalid or expired token");
    BOOST_TEST(succeeded(reset(token)));
    BOOST_TEST(error_message(reset(token)) == "Invalid or expired token");
    BOOST_TEST(!succeeded(call(k_tom, { { "_operation", "Ping" } })));
    BOOST_TEST(succeeded(call({ k_tom.user, "Fresh-Pass-9" }, { { "_operation", "Ping" } })));
    BOOST_TEST(result_of(anonymous({ { "_operation", "ForgotPassword" }, { "email", k_tom.user } })).text() == neutral);
    body = single("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", { k_tom.user });
    start = body.find("token=") + 6;
    token = body.substr(start, body.find('\n', start) - start);
    BOOST_REQUIRE(stack().db->update("UPDATE password_reset_tokens SET expires_at = NOW() - INTERVAL 1 MINUTE").ok());
    BOOST_TEST(error_message(reset(token)) == "Invalid or expired token");
    auto changed = call({ k_tom.user, "Fresh-Pass-9" },
        { { "_operation", "ChangePassword" }, { "newPassword", std::string(k_tom.password) + "x" } });
    BOOST_TEST(result_of(changed).text() == "Password changed successfully");
    BOOST_REQUIRE(stack().db->update("DELETE FROM password_reset_tokens").ok());
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
    BOOST_TEST(succeeded(call(k_tom, { { "_operation", "Ping" } })));
}

// Every record of the modules beyond cases, with the organisation whose
// contacts may see it under the demo settings ("all", no subsidiaries), or
// "contact:<e-mail>" for a document linked to one contact only; a document
// has a row per link; inactive documents belong to nobody.
std::vector<std::pair<std::string, std::string>> records_with_organisation(const std::string& module)
{
    static const std::map<std::string, std::string> k_sql {
        { "Invoice",
            "SELECT CONCAT('7x', r.id), o.name FROM invoices r JOIN organisations o ON o.id = r.organisation_id" },
        { "Quotes",
            "SELECT CONCAT('4x', r.id), o.name FROM quotes r JOIN organisations o ON o.id = r.organisation_id" },
        { "Assets",
            "SELECT CONCAT('32x', r.id), o.name FROM assets r JOIN organisations o ON o.id = r.organisation_id" },
        { "Project",
            "SELECT CONCAT('29x', r.id), o.name FROM projects r JOIN organisations o ON o.id = r.organisation_id" },
        { "ServiceContracts",
            "SELECT CONCAT('25x', r.id), o.name FROM service_contracts r JOIN organisations o ON o.id = "
            "r.organisation_id" },
        { "ProjectTask",
            "SELECT CONCAT('28x', r.id), o.name FROM project_tasks r JOIN projects p ON p.id = "
            "r.project_id JOIN organisations o ON o.id = p.organisation_id" },
        { "ProjectMilestone",
            "SELECT CONCAT('27x', r.id), o.name FROM project_milestones r JOIN projects p ON p.id = "
            "r.project_id JOIN organisations o ON o.id = p.organisation_id" },
        { "Documents",
            "SELECT CONCAT('15x', d.id), IF(d.active = 0, '', "
            "COALESCE(CONCAT('contact:', c.email), o2.name, o3.name, o4.name)) "
            "FROM documents d JOIN document_links l ON l.document_id = d.id "
            "LEFT JOIN contacts c ON l.related_type_id = 12 AND c.id = l.related_id "
            "LEFT JOIN organisations o2 ON l.related_type_id = 11 AND o2.id = l.related_id "
            "LEFT JOIN tickets t ON l.related_type_id = 17 AND t.id = l.related_id "
            "LEFT JOIN organisations o3 ON o3.id = t.organisation_id "
            "LEFT JOIN projects p ON l.related_type_id = 29 AND p.id = l.related_id "
            "LEFT JOIN organisations o4 ON o4.id = p.organisation_id" },
    };
    auto rows = stack().db->query(k_sql.at(module));
    BOOST_REQUIRE(rows.ok());
    std::vector<std::pair<std::string, std::string>> records;
    for (const auto& row : *rows)
        records.emplace_back(row.text(0), row.text(1));
    BOOST_REQUIRE(!records.empty());
    return records;
}

std::string count_of(const std::string& table) { return single("SELECT COUNT(*) FROM " + table); }

BOOST_AUTO_TEST_CASE(new_modules_read_and_download_only_in_scope)
{
    for (const std::string module : { "Invoice", "Quotes", "Assets", "Project", "ProjectTask", "ProjectMilestone",
             "Documents", "ServiceContracts" }) {
        for (const auto& login : k_everyone) {
            std::string organisation = organisation_of(login.user);
            std::set<std::string> listed;
            for (const auto& record : records_of(result_of(
                     call(login, { { "_operation", "FetchRecords" }, { "module", module }, { "pageLimit", "100" } }))))
                listed.insert(record.find("id")->text());
            std::map<std::string, std::set<std::string>> owners;
            for (const auto& [id, owner] : records_with_organisation(module))
                owners[id].insert(owner);
            for (const auto& [id, owner] : owners) {
                bool allowed = owner.contains(organisation) || owner.contains("contact:" + login.user);
                BOOST_TEST_CONTEXT(login.user << " reads " << module << " " << id)
                {
                    BOOST_TEST(
                        succeeded(call(login, { { "_operation", "FetchRecord" }, { "recordId", id } })) == allowed);
                    BOOST_TEST(listed.contains(id) == allowed);
                    if (module == "Documents")
                        BOOST_TEST(
                            succeeded(call(login,
                                { { "_operation", "DownloadFile" }, { "module", "Documents" }, { "recordId", id } }))
                            == allowed);
                }
            }
        }
    }
}

// The lines of every quote and invoice add up to its sub total, and the
// customer's own products and services are those of their lines.
BOOST_AUTO_TEST_CASE(quotes_and_invoices_carry_their_line_items)
{
    for (const std::string module : { "Invoice", "Quotes" }) {
        for (const auto& record : records_of(result_of(
                 call(k_mary, { { "_operation", "FetchRecords" }, { "module", module }, { "pageLimit", "100" } })))) {
            std::string id = record.find("id")->text();
            json::Value full = result_of(call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", id } }));
            const json::Value* lines = full.find("record")->find("LineItems");
            BOOST_TEST_CONTEXT(module << " " << id)
            {
                BOOST_TEST_REQUIRE(lines != nullptr);
                BOOST_TEST_REQUIRE(lines->is_array());
                BOOST_TEST(!lines->items().empty());
                double net = 0;
                for (const auto& line : lines->items()) {
                    net += std::stod(line.find("netprice")->text());
                    BOOST_TEST(!line.find("product_name")->text().empty());
                }
                BOOST_TEST(net == std::stod(full.find("record")->find("hdnSubTotal")->text()),
                    boost::test_tools::tolerance(0.001));
            }
        }
    }
    auto bought = records_of(result_of(call(k_mary,
        { { "_operation", "FetchRecords" }, { "module", "Services" }, { "mode", "mine" }, { "pageLimit", "100" } })));
    std::set<std::string> names;
    for (const auto& service : bought)
        names.insert(service.find("servicename")->text());
    BOOST_TEST((names == std::set<std::string> { "On-site Installation", "Premium Support" }));
    auto products = records_of(result_of(call(k_mary,
        { { "_operation", "FetchRecords" }, { "module", "Products" }, { "mode", "mine" }, { "pageLimit", "100" } })));
    bool router = std::any_of(products.begin(), products.end(),
        [](const json::Value& product) { return product.find("productname")->text() == "Router X200"; });
    BOOST_TEST(router);
}

BOOST_AUTO_TEST_CASE(projects_take_comments_in_scope_only)
{
    auto projects = records_of(result_of(
        call(k_mary, { { "_operation", "FetchRecords" }, { "module", "Project" }, { "moduleLabel", "Projects" } })));
    BOOST_TEST_REQUIRE(!projects.empty());
    std::string id = projects.front().find("id")->text();
    auto comments = [&](const auto& login) {
        return call(
            login, { { "_operation", "FetchRelatedRecords" }, { "recordId", id }, { "relatedModule", "ModComments" } });
    };
    BOOST_TEST(result_of(comments(k_mary)).items().size() >= 2u);
    BOOST_TEST(!succeeded(comments(k_tom)));
    BOOST_TEST(!succeeded(call(k_tom,
        { { "_operation", "AddComment" }, { "values", R"({"commentcontent":"x","related_to":")" + id + "\"}" } })));
}

BOOST_AUTO_TEST_CASE(new_modules_write_only_in_scope)
{
    for (const auto& login : k_everyone) {
        std::string organisation = organisation_of(login.user);
        for (const auto& [id, owner] : records_with_organisation("Assets")) {
            std::string before = count_of("history_changes");
            auto edit = call(login,
                { { "_operation", "SaveRecord" }, { "recordId", id },
                    { "values", R"({"assetstatus":"In Service"})" } });
            BOOST_TEST_CONTEXT(login.user << " edits " << id)
            {
                BOOST_TEST(succeeded(edit) == (owner == organisation));
            }
            if (owner != organisation)
                BOOST_TEST(count_of("history_changes") == before);
            auto serial = call(
                login, { { "_operation", "SaveRecord" }, { "recordId", id }, { "values", R"({"serialnumber":"X"})" } });
            BOOST_TEST(!succeeded(serial));
        }
        for (const auto& [id, owner] : records_with_organisation("Documents")) {
            auto edit = call(
                login, { { "_operation", "SaveRecord" }, { "recordId", id }, { "values", R"({"notes_title":"x"})" } });
            BOOST_TEST(!succeeded(edit));
        }
        for (const auto& [id, owner] : records_with_organisation("Project")) {
            std::string before = count_of("documents");
            api::ApiCall upload;
            upload.authorization = "Basic " + base::base64_encode(login.user + ":" + login.password);
            upload.form = { { "_operation", "SaveRecord" }, { "module", "Documents" }, { "parentId", id },
                { "values", R"({"notes_title":"matrix upload"})" }, { "username", login.user },
                { "password", login.password } };
            upload.files.push_back({ "file", "matrix.txt", "text/plain", "matrix\n" });
            bool allowed = owner == organisation;
            BOOST_TEST_CONTEXT(login.user << " uploads to " << id)
            {
                BOOST_TEST(succeeded(stack().handler->handle(upload)) == allowed);
                if (!allowed)
                    BOOST_TEST(count_of("documents") == before);
            }
        }
    }
    BOOST_REQUIRE(stack().db->update("DELETE FROM documents WHERE title = 'matrix upload'").ok());
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
}

BOOST_AUTO_TEST_CASE(documents_upload_download_and_related_lists)
{
    api::ApiCall upload;
    upload.authorization = "Basic " + base::base64_encode(k_mary.user + ":" + k_mary.password);
    upload.form = { { "_operation", "SaveRecord" }, { "module", "Documents" }, { "filename", "Uploaded from portal" },
        { "values", R"({"notes_title":"Uploaded from portal"})" }, { "username", k_mary.user },
        { "password", k_mary.password } };
    upload.files.push_back({ "file", "hello.txt", "text/plain", "Hello from the portal\n" });
    auto saved = result_of(stack().handler->handle(upload)).find("record");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->find("filename")->text() == "hello.txt");
    std::string id = saved->find("id")->text();
    auto file
        = result_of(call(k_mary, { { "_operation", "DownloadFile" }, { "module", "Documents" }, { "recordId", id } }));
    BOOST_TEST(base::base64_decode(file.find("filecontents")->text()).value() == "Hello from the portal\n");
    BOOST_TEST(
        !succeeded(call(k_tom, { { "_operation", "DownloadFile" }, { "module", "Documents" }, { "recordId", id } })));
    upload.form.find("values")->second = R"({"notes_title":"x","filelocationtype":"I"})";
    BOOST_TEST(error_message(stack().handler->handle(upload)) == "Specified fields not editable");
    // Mary's organisation's project (the query has no order: pick by owner).
    std::string project;
    for (const auto& [id, owner] : records_with_organisation("Project")) {
        if (owner == "Northwind Traders")
            project = id;
    }
    BOOST_REQUIRE(!project.empty());
    auto tasks = result_of(call(k_mary,
        { { "_operation", "FetchRelatedRecords" }, { "recordId", project }, { "relatedModule", "ProjectTask" } }));
    auto documents = result_of(call(k_mary,
        { { "_operation", "FetchRelatedRecords" }, { "recordId", project }, { "relatedModule", "Documents" } }));
    BOOST_TEST(tasks.items().size() + documents.items().size() >= 1u);
    BOOST_TEST(error_message(call(
                   k_mary, { { "_operation", "FetchRecords" }, { "module", "Project" }, { "moduleLabel", "Project" } }))
        == "Relation specified is incorrect");
    BOOST_REQUIRE(stack().db->update("DELETE FROM documents WHERE title = 'Uploaded from portal'").ok());
}

// Extensions of the API (Help.txt, "Extensions of the reference CRM").

const Login k_nobody { "portal", "" };

// The token of the newest link mailed to address for path ("/reset-password").
std::string mailed_token(const std::string& address, const std::string& path)
{
    auto rows
        = stack().db->query("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", { address });
    BOOST_REQUIRE(rows.ok() && !rows->empty());
    std::string body = rows->front().text(0);
    std::size_t at = body.find(path + "?token=");
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, body);
    std::size_t start = at + path.size() + 7;
    return body.substr(start, body.find_first_of(" \n", start) - start);
}

BOOST_AUTO_TEST_CASE(extensions_are_listed_without_a_login)
{
    json::Value answer = result_of(anonymous({ { "_operation", "Ping" }, { "extensions", "list" } }));
    BOOST_TEST_REQUIRE(answer.find("extensions"));
    std::set<std::string> listed;
    for (const auto& name : answer.find("extensions")->items())
        listed.insert(name.text());
    for (const char* name : { "CheckPasswordToken", "ResetPasswordWithToken", "FetchAccountStatus", "FetchLoginHistory",
             "SignUp", "ConfirmSignUp" })
        BOOST_TEST(listed.contains(name), name);
}

BOOST_AUTO_TEST_CASE(a_reset_link_is_checked_used_once_and_then_reported_used)
{
    const Login tom { "tom.nolan@contoso.example", "Demo-Portal-4" };
    BOOST_REQUIRE(stack()
                      .db
                      ->update("DELETE t FROM password_reset_tokens t JOIN portal_logins l "
                               "ON l.contact_id = t.contact_id WHERE l.user_name = ?",
                          { tom.user })
                      .ok());
    result_of(call(k_nobody, { { "_operation", "ForgotPassword" }, { "email", tom.user } }));
    std::string token = mailed_token(tom.user, "/reset-password");
    json::Value link = result_of(call(k_nobody, { { "_operation", "CheckPasswordToken" }, { "token", token } }));
    BOOST_TEST(link.find("status")->text() == "valid");
    BOOST_TEST(link.find("purpose")->text() == "reset");
    BOOST_TEST(link.find("email")->text() == tom.user);
    BOOST_TEST(error_message(call(k_nobody, { { "_operation", "CheckPasswordToken" }, { "token", token + "0" } }))
        == "Invalid or expired token");
    result_of(call(k_nobody,
        { { "_operation", "ResetPasswordWithToken" }, { "token", token }, { "newPassword", "Another-Portal-4" } }));
    BOOST_TEST(
        result_of(call({ tom.user, "Another-Portal-4" }, { { "_operation", "Ping" } })).text() == "login success");
    json::Value used = result_of(call(k_nobody, { { "_operation", "CheckPasswordToken" }, { "token", token } }));
    BOOST_TEST(used.find("status")->text() == "used");
    BOOST_TEST(!used.find("email"));
    BOOST_REQUIRE(storage::seed_demo(*stack().db).ok());
}

BOOST_AUTO_TEST_CASE(account_status_answers_only_the_right_password)
{
    const Login tom { "tom.nolan@contoso.example", "Demo-Portal-4" };
    auto& db = *stack().db;
    BOOST_REQUIRE(
        db.update("UPDATE contacts SET support_end_date = CURDATE() - INTERVAL 2 DAY WHERE email = ?", { tom.user })
            .ok());
    BOOST_TEST(error_message(call(tom, { { "_operation", "Ping" } })) == "Login failed");
    json::Value status = result_of(call(tom, { { "_operation", "FetchAccountStatus" } }));
    BOOST_TEST(status.find("status")->text() == "expired");
    BOOST_TEST(status.find("company")->find("organizationname")->text() == "Bluebird Support Ltd");
    BOOST_TEST(
        error_message(call({ tom.user, "wrong" }, { { "_operation", "FetchAccountStatus" } })) == "Login failed");
    BOOST_TEST(error_message(call({ "nobody@example.com", "wrong" }, { { "_operation", "FetchAccountStatus" } }))
        == "Login failed");
    BOOST_REQUIRE(storage::seed_demo(db).ok());
    BOOST_TEST(result_of(call(tom, { { "_operation", "FetchAccountStatus" } })).find("status")->text() == "active");
}

BOOST_AUTO_TEST_CASE(sign_ins_keep_the_browser_and_address)
{
    result_of(call(k_peter,
        { { "_operation", "UpdateLoginDetails" }, { "status", "Login" }, { "browser", "Firefox/120.0" },
            { "address", "192.0.2.9" } }));
    json::Value history = result_of(call(k_peter, { { "_operation", "FetchLoginHistory" }, { "limit", "5" } }));
    BOOST_TEST_REQUIRE(!history.items().empty());
    BOOST_TEST(history.items().front().find("browser")->text() == "Firefox/120.0");
    BOOST_TEST(history.items().front().find("address")->text() == "192.0.2.9");
    BOOST_TEST(error_message(call(k_peter, { { "_operation", "FetchLoginHistory" }, { "limit", "1000" } }))
        == "Invalid limit");
}

BOOST_AUTO_TEST_CASE(a_sign_up_exists_only_after_its_link_is_opened_once)
{
    const std::string address = "new.person@example.org";
    BOOST_REQUIRE(stack().db->update("DELETE FROM portal_logins WHERE user_name = ?", { address }).ok());
    BOOST_REQUIRE(stack().db->update("DELETE FROM signup_requests WHERE email = ?", { address }).ok());
    result_of(call(k_nobody,
        { { "_operation", "SignUp" }, { "firstname", "New" }, { "lastname", "Person" }, { "email", address },
            { "organisation", "Northwind Traders" }, { "password", "Sign-Up-Pass-1" } }));
    const Login person { address, "Sign-Up-Pass-1" };
    BOOST_TEST(error_message(call(person, { { "_operation", "Ping" } })) == "Login failed");
    std::string token = mailed_token(address, "/signup/confirm");
    json::Value confirmed = result_of(call(k_nobody, { { "_operation", "ConfirmSignUp" }, { "token", token } }));
    BOOST_TEST(confirmed.find("email")->text() == address);
    json::Value modules = result_of(call(person, { { "_operation", "FetchModules" } }));
    BOOST_TEST(!modules.find("account_id")); // the organisation's name links to nothing
    BOOST_TEST(error_message(call(k_nobody, { { "_operation", "ConfirmSignUp" }, { "token", token } }))
        == "Invalid or expired token");
    BOOST_TEST(error_message(call(k_nobody,
                   { { "_operation", "SignUp" }, { "lastname", "" }, { "email", address }, { "password", "x" } }))
        == "Missing or too long mandatory fields");
}

// Extensions (migration 007): reading an FAQ counts a view; documents linked
// to an FAQ are listed and served through that FAQ only.
BOOST_AUTO_TEST_CASE(faq_views_and_faq_documents)
{
    std::string router = "3x" + single("SELECT id FROM faqs WHERE question LIKE 'How do I reset the Router%'");
    std::string billing = "3x" + single("SELECT id FROM faqs WHERE question = 'How do I pay an invoice?'");
    std::string draft = "3x" + single("SELECT id FROM faqs WHERE status = 'Draft' LIMIT 1");
    auto router_views
        = [] { return single("SELECT view_count FROM faqs WHERE question LIKE 'How do I reset the Router%'"); };
    std::string views = router_views();
    BOOST_TEST(succeeded(call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", router } })));
    BOOST_TEST(router_views() == std::to_string(std::stoll(views) + 1));
    BOOST_TEST(!succeeded(call(k_mary, { { "_operation", "FetchRecord" }, { "recordId", draft } })));
    BOOST_TEST(single("SELECT view_count FROM faqs WHERE status = 'Draft' LIMIT 1") == "0");
    auto documents_of = [](const std::string& faq) {
        return result_of(call(k_mary,
                             { { "_operation", "FetchRelatedRecords" }, { "module", "Faq" }, { "recordId", faq },
                                 { "relatedModule", "Documents" } }))
            .items();
    };
    auto router_documents = documents_of(router);
    BOOST_REQUIRE(router_documents.size() == 1u);
    BOOST_TEST(router_documents.front().find("notes_title")->text() == "Router X200 reset card");
    std::string document = router_documents.front().find("id")->text();
    auto download = [&](const std::string& parent) {
        return call(k_tom,
            { { "_operation", "DownloadFile" }, { "module", "Documents" }, { "recordId", document },
                { "parentId", parent }, { "parentModule", "Faq" } });
    };
    BOOST_TEST(base::base64_decode(result_of(download(router)).find("filecontents")->text())
                   .value()
                   .starts_with("Router X200 factory reset"));
    BOOST_TEST(error_message(download(billing)) == "Record not Accessible");
    BOOST_TEST(!succeeded(download(draft)));
    BOOST_TEST(!succeeded(
        call(k_tom, { { "_operation", "DownloadFile" }, { "module", "Documents" }, { "recordId", document } })));
}

BOOST_AUTO_TEST_SUITE_END()
