#define BOOST_TEST_MODULE operation_command_test
#include <boost/test/unit_test.hpp>

#include "crm-connector/fake_transport.h"
#include "crm-connector/json_client.h"
#include "crm-connector/operation_command.h"

#include <algorithm>

using namespace crm;
using crm::testing::FakeTransport;

namespace {

struct Command {
    std::shared_ptr<FakeTransport> transport;
    std::unique_ptr<JsonCrmClient> client;

    explicit Command(std::string body)
        : transport(std::make_shared<FakeTransport>(HttpReply { 200, std::move(body) }))
        , client(JsonCrmClient::create("http://crm.example.com/", transport).release_value())
    {
    }

    base::Result<std::string> run(std::vector<std::string> words)
    {
        auto call = parse_operation_call(words);
        if (!call.ok())
            return call.release_error();
        return run_operation(*client, { "jane@example.com", "secret", "" }, *call);
    }

    bool sent(std::string name, std::string value) const
    {
        auto fields = transport->last_post().fields;
        return std::find(fields.begin(), fields.end(), FormField { name, value }) != fields.end();
    }
};

}

BOOST_AUTO_TEST_CASE(runs_the_typed_call_and_prints_json)
{
    Command command(R"({"success":true,"result":{"0":{"ticket_title":"VPN","id":"17x5"},"count":"1"}})");
    auto output
        = command.run({ "FetchRecords", "module=HelpDesk", "mode=all", "pageLimit=10", "orderBy=ticket_title" });
    BOOST_TEST_REQUIRE(output.ok(), (output.ok() ? "" : output.error().message()));
    BOOST_TEST(output->find("\"ticket_title\": \"VPN\"") != std::string::npos, *output);
    BOOST_TEST(output->find("\"count\": 1") != std::string::npos, *output);
    BOOST_TEST(command.sent("_operation", "FetchRecords"));
    BOOST_TEST(command.sent("mode", "all"));
    BOOST_TEST(command.sent("pageLimit", "10"));
}

BOOST_AUTO_TEST_CASE(sends_json_values_and_ids)
{
    Command command(R"({"success":true,"result":{"record":{"ticket_title":"T","id":"17x9"}}})");
    auto output
        = command.run({ "SaveRecord", "module=HelpDesk", "recordId=17x9", R"(values={"ticketstatus":"Closed"})" });
    BOOST_TEST_REQUIRE(output.ok());
    BOOST_TEST(command.sent("values", R"({"ticketstatus":"Closed"})"));
    BOOST_TEST(command.sent("recordId", "17x9"));
}

BOOST_AUTO_TEST_CASE(a_crm_error_keeps_its_code)
{
    Command command(R"({"success":false,"error":{"code":1412,"message":"Login failed"}})");
    auto output = command.run({ "Ping" });
    BOOST_TEST_REQUIRE(!output.ok());
    BOOST_TEST(output.error().code() == "crm.wrong_credentials");
}

BOOST_AUTO_TEST_CASE(bad_command_lines_are_usage_errors_and_call_nothing)
{
    Command command(R"({"success":true,"result":true})");
    for (std::vector<std::string> words : std::vector<std::vector<std::string>> { {}, { "Bogus" }, { "ping" },
             { "FetchRecords", "module" }, { "FetchRecords", "=HelpDesk" }, { "FetchRecords" },
             { "FetchRecords", "module=HelpDesk", "colour=red" }, { "FetchRecord", "recordId=14" },
             { "FetchRecords", "module=HelpDesk", "page=-1" }, { "FetchRecords", "module=HelpDesk", "mode=some" },
             { "SaveRecord", "values=[1]" }, { "UpdateLoginDetails", "status=In" } }) {
        auto output = command.run(words);
        BOOST_TEST_REQUIRE(!output.ok());
        BOOST_TEST(output.error().code() == k_usage_error, output.error().message());
    }
    BOOST_TEST(command.transport->posts().empty());
}

BOOST_AUTO_TEST_CASE(usage_lists_every_operation)
{
    std::string usage = operations_usage();
    for (auto name : { "Ping", "FetchModules", "FetchProfile", "FetchCompanyDetails", "FetchCompanyTitle",
             "FetchAnnouncement", "FetchShortcuts", "FetchRecentRecords", "DescribeModule", "FetchRecords",
             "FilterRecords", "ExportRecords", "FetchRecord", "FetchRelatedModules", "FetchRelatedRecords",
             "FetchHistory", "FetchReferenceRecords", "FetchLabelFields", "SearchFaqs", "SearchRecords", "SaveRecord",
             "AddComment", "DownloadFile", "ChangePassword", "ForgotPassword", "UpdateLoginDetails" })
        BOOST_TEST(usage.find("  " + std::string(name) + " ") != std::string::npos, name);
}
