#define BOOST_TEST_MODULE api_values
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/basic_auth.h"
#include "reference-crm/api/envelope.h"
#include "reference-crm/api/module_catalog.h"
#include "reference-crm/api/request_values.h"

using namespace refcrm::api;

namespace {

ApiCall call_with(std::multimap<std::string, std::string> form)
{
    return ApiCall { std::nullopt, std::move(form), {} };
}

}

BOOST_AUTO_TEST_CASE(decodes_basic_credentials)
{
    auto credentials = parse_basic_authorization("Basic " + base::base64_encode("mary@x.example:pa:ss"));
    BOOST_REQUIRE(credentials.has_value());
    BOOST_TEST(credentials->user == "mary@x.example");
    BOOST_TEST(credentials->password == "pa:ss");
    BOOST_TEST(parse_basic_authorization("basic " + base::base64_encode("a:")).has_value());
    BOOST_TEST(!parse_basic_authorization("").has_value());
    BOOST_TEST(!parse_basic_authorization("Bearer abc").has_value());
    BOOST_TEST(!parse_basic_authorization("Basic !!!").has_value());
    BOOST_TEST(!parse_basic_authorization("Basic " + base::base64_encode("no-colon")).has_value());
}

BOOST_AUTO_TEST_CASE(envelopes_match_vtiger)
{
    BOOST_TEST(success_body("login success") == R"({"success":true,"result":"login success"})");
    BOOST_TEST(
        error_body(api_error("Login failed")) == R"({"success":false,"error":{"code":1412,"message":"Login failed"}})");
    BOOST_TEST(error_body(api_error("Operation not found: Foo", 1404))
        == R"({"success":false,"error":{"code":1404,"message":"Operation not found: Foo"}})");
    BOOST_TEST(error_body(api_error("INVALID_ID_ATTRIBUTE", "Id specified is incorrect"))
        == R"({"success":false,"error":{"code":"INVALID_ID_ATTRIBUTE","message":"Id specified is incorrect"}})");
}

BOOST_AUTO_TEST_CASE(internal_errors_do_not_leak)
{
    std::string body = error_body(base::Error("db.query", "Table 'refcrm.tickets' doesn't exist"));
    BOOST_TEST(body.find("tickets") == std::string::npos);
    BOOST_TEST(body.find("DATABASE_QUERY_ERROR") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(paging_defaults_caps_and_refusals)
{
    auto defaults = parse_paging(call_with({}));
    BOOST_REQUIRE(defaults.ok());
    BOOST_TEST(defaults->offset == 0);
    BOOST_TEST(defaults->limit == 50);
    auto capped = parse_paging(call_with({ { "page", "2" }, { "pageLimit", "500" } }));
    BOOST_REQUIRE(capped.ok());
    BOOST_TEST(capped->limit == 100);
    BOOST_TEST(capped->offset == 200);
    for (std::string bad : { "-1", "1; DROP TABLE x", "1.5", "abc", "99999999999999999999" })
        BOOST_TEST(!parse_paging(call_with({ { "page", bad } })).ok(), "accepted page " << bad);
    BOOST_TEST(!parse_paging(call_with({ { "pageLimit", "0" } })).ok());
}

BOOST_AUTO_TEST_CASE(record_ids_must_be_well_formed)
{
    BOOST_TEST(parse_record_id(call_with({ { "recordId", "17x5" } }), "recordId").ok());
    for (std::string bad : { "14", "17x0", "17x5'", "" }) {
        auto id = parse_record_id(call_with({ { "recordId", bad } }), "recordId");
        BOOST_REQUIRE(!id.ok());
        BOOST_TEST(id.error().code() == "INVALID_ID_ATTRIBUTE");
    }
}

BOOST_AUTO_TEST_CASE(catalogue_uses_vtiger_prefixes)
{
    BOOST_TEST(find_module("HelpDesk")->type_id == 17);
    BOOST_TEST(find_module("Faq")->type_id == 3);
    BOOST_TEST(find_module("Contacts")->type_id == 12);
    BOOST_TEST(find_module("Accounts")->type_id == 11);
    BOOST_TEST(find_module("Products")->type_id == 14);
    BOOST_TEST(find_module_by_type(17)->name == "HelpDesk");
    BOOST_TEST(find_module("Leads") == nullptr);
    BOOST_TEST(value_sql(*find_module("HelpDesk")->field("product_id")) == "CONCAT('14x', r.product_id)");
}
