#define BOOST_TEST_MODULE record_form_test
#include <boost/test/unit_test.hpp>

#include "portal/services/record_form.h"

using namespace portal;

namespace {

crm::FieldDescription field(std::string name, std::string type, bool mandatory, bool editable)
{
    crm::FieldDescription described;
    described.name = std::move(name);
    described.label = described.name;
    described.type = std::move(type);
    described.mandatory = mandatory;
    described.editable = editable;
    return described;
}

crm::ModuleDescription assets()
{
    crm::ModuleDescription description;
    description.name = "Assets";
    crm::FieldDescription status = field("assetstatus", "picklist", true, true);
    status.picklist_values = { { "In Service", "In Service" }, { "Out-of-service", "Out of service" } };
    description.fields = { field("assetname", "string", true, true), status, field("datesold", "date", false, true),
        field("description", "text", false, true), field("serialnumber", "string", true, false),
        field("product", "reference", true, true) };
    return description;
}

std::vector<std::string> keys(const std::vector<FieldProblem>& problems)
{
    std::vector<std::string> result;
    for (const auto& problem : problems)
        result.push_back(problem.field + ":" + problem.key);
    return result;
}

}

BOOST_AUTO_TEST_CASE(only_editable_fields_a_form_can_take)
{
    auto description = assets();
    BOOST_TEST(is_form_field(*description.field("assetname")));
    BOOST_TEST(!is_form_field(*description.field("serialnumber"))); // read-only in the portal
    BOOST_TEST(!is_form_field(*description.field("product"))); // a reference is not typed in
}

BOOST_AUTO_TEST_CASE(good_values_pass)
{
    crm::FieldValues values { { "assetname", "Router - London" }, { "assetstatus", "Out-of-service" },
        { "datesold", "2024-02-29" }, { "description", "Line one\r\nLine two" } };
    BOOST_TEST(check_record_form(assets(), values).empty());
}

BOOST_AUTO_TEST_CASE(each_bad_value_is_named)
{
    crm::FieldValues values { { "assetname", "  " }, { "assetstatus", "Stolen" }, { "datesold", "2023-02-29" },
        { "description", std::string("a\x01") } };
    std::vector<std::string> expected { "assetname:ERR_FIELD_REQUIRED", "assetstatus:ERR_FIELD_BAD_CHOICE",
        "datesold:ERR_FIELD_BAD_DATE", "description:ERR_FIELD_BAD_TEXT" };
    BOOST_TEST(keys(check_record_form(assets(), values)) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(too_long_values_say_the_limit)
{
    auto problems = check_record_form(assets(), { { "assetname", std::string(256, 'x') } });
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].key == "ERR_FIELD_TOO_LONG");
    BOOST_TEST(problems[0].values.at("max") == "255");
}
