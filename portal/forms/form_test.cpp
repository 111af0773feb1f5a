#define BOOST_TEST_MODULE form
#include <boost/test/unit_test.hpp>

#include "portal/forms/form.h"

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
    std::vector<std::string> expected { "ticket_title", "ticketpriorities", "contact_email", "hours", "due",
        "product_id" };
    BOOST_TEST(names == expected, boost::test_tools::per_element());
    // Without choices a reference field is left out.
    BOOST_TEST(portal::writable_fields(case_description(), {}, true).size() == 5u);
}

BOOST_AUTO_TEST_CASE(every_problem_is_found_at_once)
{
    auto fields = portal::writable_fields(case_description(), { { "product_id", { { { 14, 5 }, "Router" } } } }, true);
    portal::FormValues values { { "ticket_title", "" }, { "ticketpriorities", "Urgent" },
        { "contact_email", "not-an-address" }, { "hours", "1,5x" }, { "due", "2026-02-30" }, { "product_id", "14x6" } };
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
    auto saved = portal::values_to_save(fields, values, portal::Saving::new_record);
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
    std::multimap<std::string, std::string> form
        = { { "ticket_title", "  Printer jams  " }, { "assigned_user_id", "19x1" }, { "csrf_token", "t" } };
    auto values = portal::posted_values(fields, form);
    BOOST_TEST(values.at("ticket_title") == "Printer jams");
    BOOST_TEST(!values.contains("assigned_user_id"));
    BOOST_TEST(!values.contains("csrf_token"));
}

namespace {

std::string verdict(const std::string& type, const std::string& value)
{
    portal::FormField field { described("f", type), {}, true, std::nullopt };
    return portal::value_problem(field, value);
}

}

// One set of rules for every form: the same value gets the same verdict on
// the new-case form, the case edit, a record edit and the profile.
BOOST_AUTO_TEST_CASE(dates_numbers_and_addresses_are_judged_by_one_set_of_rules)
{
    BOOST_TEST(verdict("date", "2026-12-31") == "");
    BOOST_TEST(verdict("date", "2028-02-29") == "");
    BOOST_TEST(verdict("date", "2027-02-29") == "ERR_FIELD_DATE");
    BOOST_TEST(verdict("date", "+999-01-01") == "ERR_FIELD_DATE");
    BOOST_TEST(verdict("date", "0000-01-01") == "ERR_FIELD_DATE");
    BOOST_TEST(verdict("date", "2026-12-31 10:00:00") == "ERR_FIELD_DATE");
    BOOST_TEST(verdict("email", "a@b") == "ERR_FIELD_EMAIL");
    BOOST_TEST(verdict("email", "a@b.example") == "");
    BOOST_TEST(verdict("email", "a b@example.com") == "ERR_FIELD_EMAIL");
    BOOST_TEST(verdict("integer", "12") == "");
    BOOST_TEST(verdict("integer", "1.5") == "ERR_FIELD_INTEGER");
    BOOST_TEST(verdict("currency", "1200,50") == "");
    BOOST_TEST(verdict("currency", "12.") == "ERR_FIELD_NUMBER");
    BOOST_TEST(verdict("double", "1e5") == "ERR_FIELD_NUMBER");
    BOOST_TEST(verdict("phone", "+49 (30) 123-45") == "");
    BOOST_TEST(verdict("phone", "call me") == "ERR_FIELD_PHONE");
    BOOST_TEST(verdict("url", "www.example.com") == "");
    BOOST_TEST(verdict("url", "https://www.example.com/a") == "");
    BOOST_TEST(verdict("url", "javascript:alert(1)") == "ERR_FIELD_URL");
    BOOST_TEST(verdict("time", "14:30") == "");
    BOOST_TEST(verdict("time", "24:00") == "ERR_FIELD_TIME");
}

BOOST_AUTO_TEST_CASE(a_text_box_keeps_its_line_breaks_and_takes_as_much_as_a_new_case)
{
    auto fields = std::vector<portal::FormField> { { described("description", "text"), {}, true, std::nullopt } };
    std::string typed = "First line\r\n\r\n  Second, indented\n";
    auto values = portal::posted_values(fields, { { "description", typed } });
    BOOST_TEST(values.at("description") == typed);
    auto saved = portal::values_to_save(fields, values, portal::Saving::edit);
    BOOST_TEST(saved.front().second == typed);
    BOOST_TEST(verdict("text", std::string(portal::k_max_text_characters, 'a')) == "");
    BOOST_TEST(verdict("text", std::string(portal::k_max_text_characters + 1, 'a')) == "ERR_FIELD_TOO_LONG");
    // Characters, not bytes: 65,000 e-acutes are 130,000 bytes and pass.
    std::string accents;
    for (std::size_t i = 0; i < portal::k_max_text_characters; ++i)
        accents += "\xC3\xA9";
    BOOST_TEST(verdict("text", accents) == "");
    BOOST_TEST(verdict("string", "line\nbreak") == "ERR_FIELD_CHARACTERS");
    BOOST_TEST(verdict("text", "bell\a") == "ERR_FIELD_CHARACTERS");
}

BOOST_AUTO_TEST_CASE(an_edit_sends_emptied_fields_a_new_record_does_not)
{
    auto fields = std::vector<portal::FormField> { { described("phone", "phone"), {}, true, std::nullopt },
        { described("note", "string"), {}, true, std::string("shown only") } };
    portal::FormValues values { { "phone", "" }, { "note", "forged" } };
    BOOST_TEST(portal::values_to_save(fields, values, portal::Saving::new_record).empty());
    auto edit = portal::values_to_save(fields, values, portal::Saving::edit);
    BOOST_TEST(edit.size() == 1u);
    BOOST_TEST(edit.front().first == "phone");
}
