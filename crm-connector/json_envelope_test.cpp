#define BOOST_TEST_MODULE json_envelope_test
#include <boost/test/unit_test.hpp>

#include "crm-connector/crm_error.h"
#include "crm-connector/crm_error_mapping.h"
#include "crm-connector/json_decode.h"
#include "crm-connector/json_envelope.h"

using namespace crm;
namespace codes = crm::error_codes;

namespace {

base::Result<Json> decode(std::string body, long status = 200, std::string_view secret = "Portal@123")
{
    return decode_envelope("Ping", HttpReply { status, std::move(body) }, secret);
}

std::string code_of(const base::Result<Json>& result) { return result.ok() ? "ok" : result.error().code(); }

}

BOOST_AUTO_TEST_SUITE(envelope)

BOOST_AUTO_TEST_CASE(result_may_be_any_json)
{
    BOOST_TEST(decode(R"({"success":true,"result":"login success"})").value() == Json("login success"));
    BOOST_TEST(decode(R"({"success":true,"result":true})").value() == Json(true));
    BOOST_TEST(decode(R"({"success":true,"result":[]})").value().is_array());
    BOOST_TEST(decode(R"({"success":true,"result":{"a":1}})").value().is_object());
    BOOST_TEST(decode(R"({"success":true})").value().is_null());
}

BOOST_AUTO_TEST_CASE(null_error_is_a_generic_failure)
{
    auto result = decode(R"({"success":false,"error":null})");
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_crm_error);
    BOOST_TEST(result.error().message() == "Ping: the CRM reported a failure without details");
    BOOST_TEST(code_of(decode(R"({"success":false})")) == codes::k_crm_error);
}

BOOST_AUTO_TEST_CASE(error_codes_may_be_numbers_or_strings)
{
    BOOST_TEST(code_of(decode(R"({"success":false,"error":{"code":"1412","message":"Login failed"}})"))
        == codes::k_wrong_credentials);
    BOOST_TEST(
        code_of(decode(
            R"({"success":false,"error":{"code":1413,"message":"Access to the portal was disabled on 2024-01-01"}})"))
        == codes::k_wrong_credentials);
    BOOST_TEST(
        code_of(decode(
            R"({"success":false,"error":{"code":"ACCESS_DENIED","message":"Permission to perform the operation is denied"}})"))
        == codes::k_access_denied);
    BOOST_TEST(
        code_of(decode(R"({"success":false,"error":{"code":"RECORD_NOT_FOUND","message":"Record does not exist"}})"))
        == codes::k_record_not_found);
    BOOST_TEST(
        code_of(decode(
            R"({"success":false,"error":{"code":"MANDATORY_FIELDS_MISSING","message":"ticket_title does not have a value"}})"))
        == codes::k_validation_failed);
    auto other = decode(R"({"success":false,"error":{"code":"QUERY_SYNTAX_ERROR","message":"Syntax error near x"}})");
    BOOST_REQUIRE(!other.ok());
    BOOST_TEST(other.error().code() == codes::k_crm_error);
    BOOST_TEST(other.error().message() == "Ping: the CRM answered error QUERY_SYNTAX_ERROR: Syntax error near x");
}

BOOST_AUTO_TEST_CASE(php_output_around_the_json_is_skipped)
{
    std::string warning = "<br />\n<b>Warning</b>:  Undefined array key \"x\" in <b>/var/www/vtiger/modules/"
                          "CustomerPortal/api.php</b> on line <b>12</b><br />\n";
    BOOST_TEST(decode(warning + R"({"success":true,"result":"login success"})").ok());
    BOOST_TEST(decode(R"({"success":true,"result":"login success"})" + std::string("\n<b>Notice</b>: x\n")).ok());
    BOOST_TEST(decode("Deprecated: {curly} in x\n" + std::string(R"({"success":true,"result":1})")).ok());
}

BOOST_AUTO_TEST_CASE(an_html_page_is_a_bad_envelope_with_a_short_excerpt)
{
    std::string page = "<html><head><title>Vtiger</title></head><body>Fatal error: password=Portal%40123 "
        + std::string(400, 'x') + "</body></html>";
    auto result = decode(page);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_bad_envelope);
    const std::string& message = result.error().message();
    BOOST_TEST(message.starts_with("Ping: the CRM's answer is not customer-portal JSON: \"<html><head>"));
    BOOST_TEST(message.find("Portal@123") == std::string::npos);
    BOOST_TEST(message.find("Portal%40123") == std::string::npos);
    BOOST_TEST(message.size() < 250u);
}

BOOST_AUTO_TEST_CASE(json_that_is_not_the_envelope_is_a_bad_envelope)
{
    BOOST_TEST(code_of(decode(R"({"status":"ok"})")) == codes::k_bad_envelope);
    BOOST_TEST(code_of(decode(R"({"success":"yes"})")) == codes::k_bad_envelope);
    BOOST_TEST(code_of(decode("[1,2]")) == codes::k_bad_envelope);
    BOOST_TEST(code_of(decode("")) == codes::k_bad_envelope);
    BOOST_TEST(code_of(decode(R"({"success":true,"result":)")) == codes::k_bad_envelope);
}

BOOST_AUTO_TEST_CASE(http_errors_without_json_name_the_status)
{
    auto result = decode("<html>502 Bad Gateway</html>", 502);
    BOOST_REQUIRE(!result.ok());
    // A proxy's 502-504 is a CRM out of reach; any other status is the CRM answering badly.
    BOOST_TEST(result.error().code() == codes::k_unavailable);
    BOOST_TEST(code_of(decode("", 500)) == codes::k_http_status);
    BOOST_TEST(result.error().message().find("HTTP 502 with \"<html>502 Bad Gateway</html>\"") != std::string::npos);
    BOOST_TEST(code_of(decode("", 404)) == codes::k_http_status);
}

BOOST_AUTO_TEST_CASE(excerpt_is_one_line_and_cut_on_a_character)
{
    BOOST_TEST(excerpt("a\r\n\tb  c\n", "") == "a b  c");
    std::string umlauts;
    for (int i = 0; i < 100; ++i)
        umlauts += "\xC3\xA4";
    std::string cut = excerpt(umlauts, "", 11);
    BOOST_TEST(cut == "\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4…");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_mapping)

BOOST_AUTO_TEST_CASE(sorts_vtiger_messages)
{
    struct Case {
        std::string_view code;
        std::string_view message;
        std::string_view expected;
    };
    Case cases[] = {
        { "1412", "Login failed", codes::k_wrong_credentials },
        { "1412", "Login Required", codes::k_wrong_credentials },
        { "1414", "Portal access has not been enabled for this account.", codes::k_wrong_credentials },
        { "INVALID_USER_CREDENTIALS", "Invalid username or password", codes::k_wrong_credentials },
        { "1412", "Module not accessible", codes::k_access_denied },
        { "1412", "Module not accessible.", codes::k_access_denied },
        { "1412", "Faq not accessible", codes::k_access_denied },
        { "1412", "Records not Accessible for this module", codes::k_access_denied },
        { "1412", "Record not Accessible", codes::k_access_denied },
        { "1412", "Parent record not accessible.", codes::k_access_denied },
        { "1404", "Module is disabled.", codes::k_access_denied },
        { "1412", "Module record cannot be created", codes::k_access_denied },
        { "ACCESS_DENIED", "Permission to perform the operation is denied", codes::k_access_denied },
        { "RECORD_NOT_FOUND", "Record does not exist", codes::k_record_not_found },
        { "1412", "hours is not accessible.", codes::k_validation_failed },
        { "1412", "sort by hours not allowed", codes::k_validation_failed },
        { "1412", "Invalid sorting order", codes::k_validation_failed },
        { "1412", "Specified fields not editable", codes::k_validation_failed },
        { "MANDATORY_FIELDS_MISSING", "ticket_title does not have a value", codes::k_validation_failed },
        { "1404", "Operation not found: Foo", codes::k_crm_error },
        { "1412", "Contacts module is disabled", codes::k_crm_error },
        { "UNKOWN_ENTITY", "Relation specified is incorrect", codes::k_crm_error },
        { "", "", codes::k_crm_error },
    };
    for (const Case& test : cases)
        BOOST_TEST(classify_crm_error(test.code, test.message) == test.expected, test.code << " " << test.message);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(decoding)

BOOST_AUTO_TEST_CASE(field_values_keep_references_and_turn_scalars_into_text)
{
    FieldValue reference = field_value_from_json(Json::parse(R"({"value":"12x4","label":"Jane Portal"})"));
    BOOST_TEST(reference.value == "12x4");
    BOOST_TEST(reference.label.value_or("") == "Jane Portal");
    BOOST_TEST(field_value_from_json(Json()).value == "");
    BOOST_TEST(!field_value_from_json(Json()).label.has_value());
    BOOST_TEST(field_value_from_json(Json(42)).value == "42");
    BOOST_TEST(field_value_from_json(Json(-7)).value == "-7");
    BOOST_TEST(field_value_from_json(Json(1200.5)).value == "1200.5");
    BOOST_TEST(field_value_from_json(Json(true)).value == "1");
    BOOST_TEST(field_value_from_json(Json::parse(R"({"value":null,"label":null})")).value == "");
}

BOOST_AUTO_TEST_CASE(record_pages_follow_numeric_keys_and_read_the_count)
{
    auto page = decode_record_page(Json::parse(
        R"({"10":{"id":"17x10"},"2":{"id":"17x2"},"count":"12","1":{"id":"17x1","contact_id":{"value":"12x4","label":"Jane"}}})"));
    BOOST_REQUIRE(page.ok());
    BOOST_REQUIRE(page->records.size() == 3u);
    BOOST_TEST(page->records[0].id.to_string() == "17x1");
    BOOST_TEST(page->records[1].id.to_string() == "17x2");
    BOOST_TEST(page->records[2].id.to_string() == "17x10");
    BOOST_TEST(page->records[0].field("contact_id")->display() == "Jane");
    BOOST_TEST(page->total_count.value_or(-1) == 12);
    BOOST_TEST(decode_record_page(Json::parse(R"({"count":7})"))->total_count.value_or(-1) == 7);
    BOOST_TEST(!decode_record_page(Json::parse(R"({"count":null})"))->total_count.has_value());
    BOOST_TEST(!decode_record_page(Json::parse(R"({"count":""})"))->total_count.has_value());
    BOOST_TEST(decode_record_page(Json::parse("[]"))->records.empty());
    BOOST_TEST(decode_record_page(Json::parse(R"([{"id":"3x1"},{"id":"3x2"}])"))->records.size() == 2u);
    BOOST_TEST(!decode_record_page(Json::parse(R"({"0":"not a record"})")).ok());
    BOOST_TEST(!decode_record_page(Json("text")).ok());
}

BOOST_AUTO_TEST_CASE(portal_modules_accept_bare_references_and_no_account)
{
    auto modules = decode_portal_modules(Json::parse(R"({"contact_id":"12x9","user_id":{"value":null,"label":""},
        "modules":{"types":["Faq"],"information":{"Faq":{"name":"Faq","label":"Faq","uiLabel":"FAQ",
        "order":3,"create":false,"edit":"0","recordvisibility":"2"}}}})"));
    BOOST_REQUIRE(modules.ok());
    BOOST_TEST(modules->contact.id == "12x9");
    BOOST_TEST(modules->contact.label == "");
    BOOST_TEST(!modules->account.has_value());
    BOOST_TEST(modules->default_assignee.id == "");
    BOOST_REQUIRE(modules->modules.size() == 1u);
    BOOST_TEST(modules->modules[0].order == 3);
    BOOST_TEST(modules->modules[0].organisation_scope);
    BOOST_TEST(!modules->modules[0].can_create);

    auto empty = decode_portal_modules(Json::parse(R"({"contact_id":{"value":"12x9","label":"Eve"},"modules":[]})"));
    BOOST_REQUIRE(empty.ok());
    BOOST_TEST(empty->modules.empty());
    BOOST_TEST(!decode_portal_modules(Json::parse(R"({"modules":[]})")).ok());
}

BOOST_AUTO_TEST_CASE(module_description_without_a_name_is_refused)
{
    BOOST_TEST(!decode_module_description(Json::parse(R"({"describe":{"fields":[]}})")).ok());
    BOOST_TEST(!decode_module_description(Json::parse("[]")).ok());
}

BOOST_AUTO_TEST_SUITE_END()
