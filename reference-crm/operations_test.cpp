#define BOOST_TEST_MODULE operations
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "reference-crm/api/api_handler.h"
#include "reference-crm/json.h"
#include "reference-crm/storage/migrations.h"
#include "reference-crm/storage/seed_demo.h"

#include <cstdlib>
#include <set>

// Runs against a real MariaDB named by REFCRM_TEST_DB_HOST/PORT/USER/PASSWORD
// and REFCRM_TEST_DB_NAME (default refcrm_test), which it migrates and seeds.

using namespace refcrm;
namespace utf = boost::unit_test;

namespace {

std::string env_or(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : fallback;
}

struct Stack {
    std::unique_ptr<storage::ConnectionPool> pool;
    std::unique_ptr<api::ApiHandler> handler;
    std::unique_ptr<storage::Connection> db;
};

Stack& stack()
{
    static Stack instance = [] {
        storage::DatabaseOptions options;
        options.host = env_or("REFCRM_TEST_DB_HOST", "127.0.0.1");
        options.port = static_cast<int>(base::parse_int(env_or("REFCRM_TEST_DB_PORT", "3306")).value_or(3306));
        options.user = env_or("REFCRM_TEST_DB_USER", "root");
        options.password = env_or("REFCRM_TEST_DB_PASSWORD", "");
        options.name = env_or("REFCRM_TEST_DB_NAME", "refcrm_test");
        auto migrated = storage::migrate(options, "reference-crm/migrations");
        if (!migrated.ok())
            throw std::runtime_error(migrated.error().message());
        Stack made;
        made.db = storage::Connection::open(options).release_value();
        if (auto seeded = storage::seed_demo(*made.db); !seeded.ok())
            throw std::runtime_error(seeded.error().message());
        made.pool = storage::ConnectionPool::create(options, 2).release_value();
        made.handler = std::make_unique<api::ApiHandler>(*made.pool, api::Authenticator::create().release_value());
        return made;
    }();
    return instance;
}

boost::test_tools::assertion_result database_configured(utf::test_unit_id)
{
    boost::test_tools::assertion_result result(std::getenv("REFCRM_TEST_DB_PORT") != nullptr);
    result.message() << "skipped: set REFCRM_TEST_DB_PORT to run against a MariaDB";
    return result;
}

struct Login {
    std::string user;
    std::string password;
};

const Login k_mary { "mary.smith@northwind.example", "Demo-Portal-1" };
const Login k_peter { "peter.jones@northwind.example", "Demo-Portal-2" };
const Login k_lena { "lena.berg@eastwind.example", "Demo-Portal-3" };

api::ApiReply call(const Login& login, std::multimap<std::string, std::string> form)
{
    api::ApiCall request;
    request.authorization = "Basic " + base::base64_encode(login.user + ":" + login.password);
    form.emplace("username", login.user);
    form.emplace("password", login.password);
    request.form = std::move(form);
    return stack().handler->handle(request);
}

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

BOOST_AUTO_TEST_SUITE_END()
