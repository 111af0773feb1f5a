#define BOOST_TEST_MODULE field_validation
#include <boost/test/unit_test.hpp>

#include "portal/services/field_validation.h"

using portal::field_problem;

namespace {

crm::FieldDescription field_of(std::string type, bool mandatory = false)
{
    crm::FieldDescription field;
    field.name = "field";
    field.type = std::move(type);
    field.mandatory = mandatory;
    return field;
}

std::string problem(const crm::FieldDescription& field, const std::string& value)
{
    return field_problem(field, value).value_or("");
}

}

BOOST_AUTO_TEST_CASE(a_mandatory_field_needs_a_value)
{
    BOOST_TEST(problem(field_of("string", true), "") == "ERR_FIELD_REQUIRED");
    BOOST_TEST(problem(field_of("string", false), "") == "");
    BOOST_TEST(problem(field_of("email", false), "") == "");
}

BOOST_AUTO_TEST_CASE(checks_e_mail_addresses)
{
    auto email = field_of("email");
    BOOST_TEST(problem(email, "mary.smith@northwind.example") == "");
    BOOST_TEST(problem(email, "mary.smith") == "ERR_FIELD_EMAIL");
    BOOST_TEST(problem(email, "mary@@northwind.example") == "ERR_FIELD_EMAIL");
    BOOST_TEST(problem(email, "mary smith@northwind.example") == "ERR_FIELD_EMAIL");
    BOOST_TEST(problem(email, "mary@localhost") == "ERR_FIELD_EMAIL");
}

BOOST_AUTO_TEST_CASE(checks_phone_numbers)
{
    auto phone = field_of("phone");
    BOOST_TEST(problem(phone, "+44 20 7946 0111") == "");
    BOOST_TEST(problem(phone, "(0)30 1234-56 x7") == "");
    BOOST_TEST(problem(phone, "call me") == "ERR_FIELD_PHONE");
    BOOST_TEST(problem(phone, "+-") == "ERR_FIELD_PHONE");
}

BOOST_AUTO_TEST_CASE(checks_dates_with_their_calendar)
{
    auto date = field_of("date");
    BOOST_TEST(problem(date, "2024-02-29") == "");
    BOOST_TEST(problem(date, "2023-02-29") == "ERR_FIELD_DATE");
    BOOST_TEST(problem(date, "2023-13-01") == "ERR_FIELD_DATE");
    BOOST_TEST(problem(date, "01.02.2023") == "ERR_FIELD_DATE");
}

BOOST_AUTO_TEST_CASE(checks_numbers_urls_and_choices)
{
    BOOST_TEST(problem(field_of("integer"), "42") == "");
    BOOST_TEST(problem(field_of("integer"), "4.2") == "ERR_FIELD_NUMBER");
    BOOST_TEST(problem(field_of("currency"), "1200.50") == "");
    BOOST_TEST(problem(field_of("currency"), "12,00") == "ERR_FIELD_NUMBER");
    BOOST_TEST(problem(field_of("url"), "https://northwind.example/about") == "");
    BOOST_TEST(problem(field_of("url"), "javascript:alert(1)") == "ERR_FIELD_URL");
    auto choice = field_of("picklist");
    choice.picklist_values = { { "Mr.", "Mr." }, { "Ms.", "Ms." } };
    BOOST_TEST(problem(choice, "Ms.") == "");
    BOOST_TEST(problem(choice, "Dr.") == "ERR_FIELD_CHOICE");
}

BOOST_AUTO_TEST_CASE(refuses_control_characters_and_overlong_text)
{
    BOOST_TEST(problem(field_of("string"), "Mary\x01") == "ERR_FIELD_CHARACTERS");
    BOOST_TEST(problem(field_of("string"), "Mary\nSmith") == "ERR_FIELD_CHARACTERS");
    BOOST_TEST(problem(field_of("text"), "line one\nline two") == "");
    BOOST_TEST(problem(field_of("string"), std::string(256, 'a')) == "ERR_VALUE_TOO_LONG");
}

BOOST_AUTO_TEST_CASE(a_checkbox_is_one_or_zero)
{
    auto box = field_of("boolean");
    BOOST_TEST(portal::normalised_value(box, "") == "0");
    BOOST_TEST(portal::normalised_value(box, "1") == "1");
    BOOST_TEST(portal::normalised_value(field_of("string"), "  Mary ") == "Mary");
}
