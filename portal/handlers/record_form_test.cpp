#define BOOST_TEST_MODULE record_form
#include <boost/test/unit_test.hpp>

#include "portal/handlers/record_form.h"

using namespace portal;

namespace {

crm::FieldDescription field(std::string name, std::string type, bool editable = true, bool mandatory = false)
{
    crm::FieldDescription described;
    described.name = std::move(name);
    described.label = described.name;
    described.type = std::move(type);
    described.editable = editable;
    described.mandatory = mandatory;
    return described;
}

crm::ModuleDescription description()
{
    crm::ModuleDescription module;
    module.fields.push_back(field("ticket_title", "string", true, true));
    auto priority = field("ticketpriorities", "picklist", true, true);
    priority.picklist_values = { { "Low", "Niedrig" }, { "High", "Hoch" } };
    module.fields.push_back(priority);
    auto product = field("product_id", "reference");
    product.refers_to = { "Products" };
    module.fields.push_back(product);
    module.fields.push_back(field("description", "text"));
    module.fields.push_back(field("hours", "double"));
    module.fields.push_back(field("due", "date"));
    module.fields.push_back(field("ticket_no", "string", false));
    module.fields.push_back(field("assigned_user_id", "owner", true));
    return module;
}

Catalog words()
{
    auto catalog = Catalog::load("lang/en_us.lang");
    BOOST_TEST_REQUIRE(catalog.ok());
    return *catalog;
}

ReferenceChoices products() { return { { "product_id", { { crm::RecordId(14, 3), " Router X200" } } } }; }

crm::FieldValues good_values()
{
    return { { "ticket_title", "Printer" }, { "ticketpriorities", "High" }, { "product_id", "14x3" },
        { "description", "Line 1\nLine 2" }, { "hours", "2.5" }, { "due", "2028-02-29" } };
}

}

BOOST_AUTO_TEST_CASE(only_editable_fields_of_known_types_are_inputs)
{
    auto module = description();
    BOOST_TEST(is_form_editable(*module.field("ticket_title")));
    BOOST_TEST(is_form_editable(*module.field("product_id")));
    BOOST_TEST(!is_form_editable(*module.field("ticket_no")));
    BOOST_TEST(!is_form_editable(*module.field("assigned_user_id")));
}

BOOST_AUTO_TEST_CASE(typed_values_cover_every_input_and_nothing_else)
{
    web::HttpRequest request;
    request.form
        = { { "f_ticket_title", "  Printer  " }, { "f_ticket_no", "TT999" }, { "f_assigned_user_id", "19x1" } };
    auto values = typed_values(description(), request);
    BOOST_TEST(values.size() == 6u);
    BOOST_TEST(value_in(values, "ticket_title") == "Printer");
    BOOST_TEST(value_in(values, "ticket_no").empty());
    for (const auto& [name, value] : values)
        BOOST_TEST((name != "ticket_no" && name != "assigned_user_id"));
}

BOOST_AUTO_TEST_CASE(good_values_have_no_problems)
{
    BOOST_TEST(field_problems(words(), description(), good_values(), products()).empty());
}

BOOST_AUTO_TEST_CASE(each_type_is_checked)
{
    crm::FieldValues values { { "ticket_title", " " }, { "ticketpriorities", "Critical" }, { "product_id", "14x4" },
        { "description", std::string(20'001, 'x') }, { "hours", "2,5" }, { "due", "2027-02-29" } };
    auto problems = field_problems(words(), description(), values, products());
    BOOST_TEST(problems.size() == 6u);
    BOOST_TEST(problems["ticket_title"] == "Please fill in this field.");
    BOOST_TEST(problems["ticketpriorities"] == "Please choose one of the offered values.");
    BOOST_TEST(problems["product_id"] == "Please choose one of the offered values.");
    BOOST_TEST(problems["description"] == "This is too long: at most 20000 characters.");
    BOOST_TEST(problems["hours"].find("number") != std::string::npos);
    BOOST_TEST(problems["due"].find("date") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(control_characters_are_refused_but_newlines_kept)
{
    crm::FieldValues values = good_values();
    values[0].second = "Printer\x01";
    auto problems = field_problems(words(), description(), values, products());
    BOOST_TEST(problems.size() == 1u);
    BOOST_TEST(problems.contains("ticket_title"));
}

BOOST_AUTO_TEST_CASE(without_the_crms_candidates_the_crm_judges_a_reference)
{
    BOOST_TEST(field_problems(words(), description(), good_values(), {}).empty());
}

BOOST_AUTO_TEST_CASE(the_form_keeps_typed_values_marks_errors_and_shows_read_only_fields)
{
    crm::FieldValues values = good_values();
    values[0].second = "<typed>";
    std::map<std::string, std::string> problems { { "hours", "bad" } };
    ReferenceChoices choices = products();
    ViewData data;
    add_form_fields(data, words(), description(), { values, problems, choices },
        [](const crm::FieldDescription& described) { return described.name == "ticket_no" ? "TT7" : ""; });
    const auto& rows = data.sections["FORM_FIELD"];
    BOOST_TEST_REQUIRE(rows.size() == 8u);
    BOOST_TEST(rows[0].sections.at("INPUT")[0].values.at("FIELD_VALUE") == "<typed>");
    BOOST_TEST(rows[0].sections.at("INPUT")[0].sections.contains("REQUIRED"));
    const auto& options = rows[1].sections.at("SELECT")[0].sections.at("OPTION");
    BOOST_TEST(options.size() == 2u);
    BOOST_TEST(options[1].values.at("OPTION_LABEL") == "Hoch");
    BOOST_TEST(options[1].sections.contains("SELECTED"));
    const auto& product_options = rows[2].sections.at("SELECT")[0].sections.at("OPTION");
    BOOST_TEST(product_options.size() == 2u);
    BOOST_TEST(product_options[1].values.at("OPTION_LABEL") == "Router X200");
    BOOST_TEST(rows[3].sections.contains("TEXTAREA"));
    BOOST_TEST(rows[4].sections.at("INPUT")[0].sections.at("ERROR")[0].values.at("ERROR_TEXT") == "bad");
    BOOST_TEST(rows[6].sections.at("READ_ONLY")[0].values.at("FIELD_VALUE") == "TT7");
    BOOST_TEST(rows[7].sections.at("READ_ONLY")[0].values.at("FIELD_VALUE") == "\u2014");
}
