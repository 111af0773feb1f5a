#define BOOST_TEST_MODULE crm_client_test
#include <boost/test/unit_test.hpp>

#include "crm-connector/crm_client.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/json_client.h"

#include <limits>

using namespace crm;

BOOST_AUTO_TEST_SUITE(record_id)

BOOST_AUTO_TEST_CASE(parses_web_service_ids)
{
    auto id = RecordId::parse("17x101");
    BOOST_REQUIRE(id.has_value());
    BOOST_TEST(id->module_prefix() == 17);
    BOOST_TEST(id->number() == 101);
    BOOST_TEST(id->to_string() == "17x101");
    BOOST_TEST(!id->is_new());
    BOOST_TEST(RecordId::parse("17x0")->is_new());
    BOOST_TEST(RecordId::parse("3x9223372036854775807")->number() == std::numeric_limits<std::int64_t>::max());
}

BOOST_AUTO_TEST_CASE(rejects_everything_else)
{
    for (auto text :
        { "", "14", "x1", "17x", "x", "-17x1", "17x-1", "+17x1", "17x+1", " 17x1", "17x1 ", "17 x1", "17x1x2", "17X1",
            "0x5", "017x1", "17x01", "2147483648x1", "17x9223372036854775808", "1.5x2", "17x1\n", "abcx1", "17xabc" }) {
        BOOST_TEST(!RecordId::parse(text).has_value(), "accepted \"" << text << "\"");
    }
}

BOOST_AUTO_TEST_CASE(round_trips)
{
    RecordId id(12, 4);
    BOOST_TEST((RecordId::parse(id.to_string()) == std::optional<RecordId>(id)));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(values)

BOOST_AUTO_TEST_CASE(record_finds_fields_by_name)
{
    Record record { RecordId(17, 14),
        { { "ticket_title", FieldValue { "Printer broken", std::nullopt } },
            { "contact_id", FieldValue { "12x4", std::string("Jane Portal") } } } };
    BOOST_REQUIRE(record.field("contact_id"));
    BOOST_TEST(record.field("contact_id")->display() == "Jane Portal");
    BOOST_TEST(record.field("ticket_title")->display() == "Printer broken");
    BOOST_TEST(record.value_of("contact_id") == "12x4");
    BOOST_TEST(record.value_of("missing") == "");
    BOOST_TEST(record.field("missing") == nullptr);
}

BOOST_AUTO_TEST_CASE(modules_and_descriptions_find_by_name)
{
    PortalModules modules;
    modules.modules = { ModuleInfo { "HelpDesk", "HelpDesk", "Tickets", 2, true, true, false },
        ModuleInfo { "Faq", "Faq", "FAQ", 3, false, false, true } };
    BOOST_REQUIRE(modules.find("Faq"));
    BOOST_TEST(modules.find("Faq")->ui_label == "FAQ");
    BOOST_TEST(modules.find("faq") == nullptr);

    ModuleDescription description;
    description.fields.push_back(FieldDescription { "ticket_title", "Title", "string", true, true, "", "", {}, {} });
    BOOST_REQUIRE(description.field("ticket_title"));
    BOOST_TEST(description.field("ticket_title")->label == "Title");
    BOOST_TEST(description.field("title") == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(api_url)

BOOST_AUTO_TEST_CASE(appends_the_api_path_to_the_site_url)
{
    BOOST_TEST(customer_portal_api_url("http://127.0.0.1:8081/").value()
        == "http://127.0.0.1:8081/modules/CustomerPortal/api.php");
    BOOST_TEST(customer_portal_api_url("https://crm.example.com/vtiger").value()
        == "https://crm.example.com/vtiger/modules/CustomerPortal/api.php");
    BOOST_TEST(customer_portal_api_url(" https://crm.example.com/modules/CustomerPortal/api.php ").value()
        == "https://crm.example.com/modules/CustomerPortal/api.php");
}

BOOST_AUTO_TEST_CASE(refuses_urls_that_are_not_http)
{
    for (auto url : { "", "crm.example.com", "ftp://crm.example.com/", "file:///etc/passwd" }) {
        auto result = customer_portal_api_url(url);
        BOOST_REQUIRE(!result.ok());
        BOOST_TEST(result.error().code() == error_codes::k_bad_configuration);
    }
    JsonClientOptions options;
    options.site_url = "crm.example.com";
    auto client = JsonCrmClient::create(options);
    BOOST_REQUIRE(!client.ok());
    BOOST_TEST(client.error().code() == error_codes::k_bad_configuration);
}

BOOST_AUTO_TEST_SUITE_END()
