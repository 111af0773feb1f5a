#define BOOST_TEST_MODULE create_form
#include <boost/test/unit_test.hpp>

#include "portal/handlers/create_form.h"

namespace {

crm::FieldDescription described(std::string name, std::string type, bool mandatory = false)
{
    crm::FieldDescription field;
    field.name = std::move(name);
    field.label = field.name;
    field.type = std::move(type);
    field.mandatory = mandatory;
    field.editable = true;
    return field;
}

crm::ModuleDescription case_description()
{
    crm::ModuleDescription description;
    description.fields.push_back(described("ticket_no", "string"));
    description.fields.back().editable = false;
    description.fields.push_back(described("ticket_title", "string", true));
    auto priority = described("ticketpriorities", "picklist", true);
    priority.picklist_values = { { "Low", "Niedrig" }, { "High", "Hoch" } };
    description.fields.push_back(priority);
    description.fields.push_back(described("contact_email", "email"));
    description.fields.push_back(described("hours", "double"));
    description.fields.push_back(described("due", "date"));
    description.fields.push_back(described("assigned_user_id", "owner"));
    auto product = described("product_id", "reference");
    product.refers_to = { "Products" };
    description.fields.push_back(product);
    return description;
}

std::string problem_word(const std::vector<portal::FormProblem>& problems, const std::string& field)
{
    for (const auto& problem : problems) {
        if (problem.field == field)
            return problem.word;
    }
    return "";
}

}

BOOST_AUTO_TEST_CASE(only_writable_fields_of_a_form_type_are_offered)
{
    auto fields = portal::writable_fields(case_description(), { { "product_id", { { { 14, 5 }, "Router" } } } }, true);
    std::vector<std::string> names;
    for (const auto& field : fields)
        names.push_back(field.description.name);
    std::vector<std::string> expected { "ticket_title", "ticketpriorities", "contact_email", "hours", "due", "product_id" };
    BOOST_TEST(names == expected, boost::test_tools::per_element());
    // Without choices a reference field is left out.
    BOOST_TEST(portal::writable_fields(case_description(), {}, true).size() == 5u);
}

BOOST_AUTO_TEST_CASE(every_problem_is_found_at_once)
{
    auto fields = portal::writable_fields(case_description(), { { "product_id", { { { 14, 5 }, "Router" } } } }, true);
    portal::FormValues values { { "ticket_title", "" }, { "ticketpriorities", "Urgent" },
        { "contact_email", "not-an-address" }, { "hours", "1,5x" }, { "due", "2026-02-30" },
        { "product_id", "14x6" } };
    auto problems = portal::check_values(fields, values);
    BOOST_TEST(problem_word(problems, "ticket_title") == "ERR_FIELD_REQUIRED");
    BOOST_TEST(problem_word(problems, "ticketpriorities") == "ERR_FIELD_CHOICE");
    BOOST_TEST(problem_word(problems, "contact_email") == "ERR_FIELD_EMAIL");
    BOOST_TEST(problem_word(problems, "hours") == "ERR_FIELD_NUMBER");
    BOOST_TEST(problem_word(problems, "due") == "ERR_FIELD_DATE");
    BOOST_TEST(problem_word(problems, "product_id") == "ERR_FIELD_CHOICE");
}

BOOST_AUTO_TEST_CASE(good_values_pass_and_are_saved_as_the_crm_writes_them)
{
    auto fields = portal::writable_fields(case_description(), { { "product_id", { { { 14, 5 }, "Router" } } } }, true);
    portal::FormValues values { { "ticket_title", "Printer jams" }, { "ticketpriorities", "High" },
        { "contact_email", "jane@example.com" }, { "hours", "1,5" }, { "due", "2028-02-29" },
        { "product_id", "14x5" } };
    BOOST_TEST(portal::check_values(fields, values).empty());
    auto saved = portal::values_to_save(fields, values);
    BOOST_TEST(saved.size() == 6u);
    BOOST_TEST((saved[3] == std::pair<std::string, std::string>("hours", "1.5")));
}

BOOST_AUTO_TEST_CASE(too_long_and_unreadable_text_is_refused)
{
    auto fields = portal::writable_fields(case_description(), {}, true);
    portal::FormValues values { { "ticket_title", std::string(256, 'a') }, { "ticketpriorities", "Low" } };
    BOOST_TEST(problem_word(portal::check_values(fields, values), "ticket_title") == "ERR_FIELD_TOO_LONG");
    values["ticket_title"] = std::string(255, 'a');
    BOOST_TEST(portal::check_values(fields, values).empty());
    values["ticket_title"] = "bad \xC3 byte";
    BOOST_TEST(problem_word(portal::check_values(fields, values), "ticket_title") == "ERR_FIELD_UNREADABLE");
}

BOOST_AUTO_TEST_CASE(posted_values_keep_only_the_forms_fields)
{
    auto fields = portal::writable_fields(case_description(), {}, true);
    web::HttpRequest request;
    request.form = { { "ticket_title", "  Printer jams  " }, { "assigned_user_id", "19x1" }, { "csrf_token", "t" } };
    auto values = portal::posted_values(fields, request);
    BOOST_TEST(values.at("ticket_title") == "Printer jams");
    BOOST_TEST(!values.contains("assigned_user_id"));
    BOOST_TEST(!values.contains("csrf_token"));
}
