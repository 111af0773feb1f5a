#define BOOST_TEST_MODULE field_values_test
#include <boost/test/unit_test.hpp>

#include "crm-connector/crm_client.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/crm_error_mapping.h"
#include "crm-connector/field_values.h"

using namespace crm;
using namespace std::chrono;

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(reads_dates_and_date_times)
{
    auto date = parse_date_time("2024-02-29");
    BOOST_TEST_REQUIRE(date.has_value());
    BOOST_TEST((date->date == year(2024) / February / 29));
    BOOST_TEST(!date->has_time);
    auto moment = parse_date_time("2026-11-24 10:33:17");
    BOOST_TEST_REQUIRE(moment.has_value());
    BOOST_TEST((moment->date == year(2026) / November / 24));
    BOOST_TEST(moment->has_time);
    BOOST_TEST(moment->time_of_day.count() == 10 * 3600 + 33 * 60 + 17);
}

BOOST_AUTO_TEST_CASE(refuses_empty_placeholder_and_malformed_values)
{
    for (auto text : { "", "0000-00-00", "2023-02-29", "2024-13-01", "24-01-01", "2024-1-01", "2024-01-01T10:00:00",
             "2024-01-01 24:00:00", "2024-01-01 10:60:00", "2024-01-01 10:00", "2024-01-01 10:00:00Z", "abcd-ef-gh" })
        BOOST_TEST(!parse_date_time(text).has_value(), "accepted \"" << text << "\"");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(decimals)

BOOST_AUTO_TEST_CASE(reads_the_crm_s_numbers_exactly)
{
    auto amount = parse_decimal("1200.00000000");
    BOOST_TEST_REQUIRE(amount.has_value());
    BOOST_TEST(amount->format(2) == "1200.00");
    BOOST_TEST(amount->to_double() == 1200.0);
    BOOST_TEST(parse_decimal("3")->format(0) == "3");
    BOOST_TEST(parse_decimal("-12.345")->format(2) == "-12.35");
    BOOST_TEST(parse_decimal("0.005")->format(2) == "0.01");
    BOOST_TEST(parse_decimal("-0.001")->format(2) == "0.00");
    BOOST_TEST(parse_decimal(".5")->format(3) == "0.500");
    BOOST_TEST(parse_decimal("+7.")->format(1) == "7.0");
}

BOOST_AUTO_TEST_CASE(refuses_what_is_not_a_number)
{
    for (auto text : { "", "-", ".", "1,200.00", "1.2.3", "12a", "1e5", "12345678901234567890" })
        BOOST_TEST(!parse_decimal(text).has_value(), "accepted \"" << text << "\"");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(errors)

BOOST_AUTO_TEST_CASE(wrong_current_password_is_told_apart_from_a_failed_login)
{
    BOOST_TEST(classify_crm_error("1412", "Wrong password.Please try again") == error_codes::k_wrong_password);
    BOOST_TEST(classify_crm_error("1412", "Login failed") == error_codes::k_wrong_credentials);
}

// A test double that overrides only the five basic calls.
class MinimalClient final : public CrmClient {
public:
    base::Result<void> ping(const Credentials&) override { return {}; }
    base::Result<PortalModules> fetch_modules(const Credentials&) override { return PortalModules {}; }
    base::Result<ModuleDescription> describe_module(const Credentials&, std::string_view) override
    {
        return ModuleDescription {};
    }
    base::Result<RecordPage> fetch_records(const Credentials&, const RecordsQuery&) override { return RecordPage {}; }
    base::Result<Record> fetch_record(
        const Credentials&, const RecordId&, std::optional<RecordId>, std::string_view) override
    {
        return Record {};
    }
};

BOOST_AUTO_TEST_CASE(operations_a_client_does_not_offer_are_not_supported)
{
    MinimalClient client;
    auto history = client.fetch_history({}, HistoryQuery {});
    BOOST_TEST_REQUIRE(!history.ok());
    BOOST_TEST(history.error().code() == error_codes::k_not_supported);
    BOOST_TEST(history.error().message() == "FetchHistory: not supported by this CRM client");
    BOOST_TEST(client.forgot_password("a@example.com").error().is(error_codes::k_not_supported));
}

BOOST_AUTO_TEST_CASE(comment_attachments_are_read_from_the_field)
{
    Record comment { RecordId(30, 1),
        { { "attachments", FieldValue { R"([{"filename":"log.txt","attachmentid":"412"}])", std::nullopt } } } };
    auto attachments = comment_attachments(comment);
    BOOST_TEST_REQUIRE(attachments.size() == 1u);
    BOOST_TEST(attachments[0].attachment_id == "412");
    BOOST_TEST(attachments[0].filename == "log.txt");
    BOOST_TEST(comment_attachments(Record {}).empty());
}

BOOST_AUTO_TEST_CASE(line_items_are_read_in_order_and_stay_optional)
{
    Record invoice { RecordId(7, 37),
        { { "LineItems",
            FieldValue { R"({"1":{"productid":"26x3","entity_type":"Services","product_name":"Premium Support",)"
                         R"("quantity":"3.000","listprice":"150.00","netprice":"450.00","tax_percent":"20.00",)"
                         R"("tax_amount":"90.00"},"0":{"productid":{"value":"14x1","label":"Router X200"},)"
                         R"("quantity":"2"}})",
                std::nullopt } } } };
    auto items = line_items(invoice);
    BOOST_TEST_REQUIRE(items.has_value());
    BOOST_TEST_REQUIRE(items->size() == 2u);
    BOOST_TEST((*items)[0].item_name == "Router X200");
    BOOST_TEST((*items)[0].item->to_string() == "14x1");
    BOOST_TEST((*items)[1].item_module == "Services");
    BOOST_TEST((*items)[1].net_price == "450.00");
    BOOST_TEST((*items)[1].tax_amount == "90.00");
    BOOST_TEST(!line_items(Record {}).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
