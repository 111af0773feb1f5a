#include "portal/forms/form_view.h"

#include "base/strings.h"
#include "portal/views/text.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace portal {

namespace {

// The browser input for a CRM field type; other types are plain text.
constexpr std::pair<std::string_view, const char*> k_input_types[] = {
    { "email", "email" },
    { "phone", "tel" },
    { "url", "url" },
    { "integer", "number" },
    { "date", "date" },
    { "time", "time" },
};

const char* input_type(const std::string& type)
{
    for (const auto& [crm_type, html_type] : k_input_types) {
        if (type == crm_type)
            return html_type;
    }
    return "text";
}

const FormProblem* problem_of(const std::vector<FormProblem>& problems, const std::string& field)
{
    auto found = std::find_if(
        problems.begin(), problems.end(), [&](const FormProblem& problem) { return problem.field == field; });
    return found == problems.end() ? nullptr : &*found;
}

bool is_selected(const std::string& type, const std::string& value, const std::string& option)
{
    if (type != "multipicklist")
        return value == option;
    auto chosen = multi_values(value);
    return std::find(chosen.begin(), chosen.end(), option) != chosen.end();
}

void add_option(ViewData& control, const std::string& value, const std::string& label, bool selected)
{
    auto& option = control.add_row("OPTION");
    option.set("OPTION_VALUE", value);
    option.set("OPTION_LABEL", decode_html_entities(base::trim(label.empty() ? value : label)));
    if (selected)
        option.show("SELECTED");
}

void add_select(ViewData& control, const Catalog& words, const FormField& field, const std::string& value)
{
    const std::string& type = field.description.type;
    if (type == "multipicklist")
        control.show("MULTIPLE");
    else
        add_option(control, "", words.text("LBL_CHOOSE"), value.empty());
    if (type == "reference") {
        if (!field.candidates_known && !value.empty())
            add_option(control, value, words.text("LBL_EARLIER_CHOICE"), true);
        for (const auto& record : field.candidates) {
            std::string id = record.id.to_string();
            add_option(control, id, record.label, id == value);
        }
        return;
    }
    for (const auto& choice : field.description.picklist_values)
        add_option(control, choice.value, choice.label, is_selected(type, value, choice.value));
}

ViewData& add_control(ViewData& row, const Catalog& words, const FormField& field, const std::string& value)
{
    const std::string& type = field.description.type;
    if (type == "text") {
        auto& control = row.add_row("TEXTAREA");
        control.set("FIELD_VALUE", value);
        control.set("MAX_LENGTH", std::to_string(k_max_text_characters));
        return control;
    }
    if (type == "boolean") {
        auto& control = row.add_row("CHECKBOX");
        if (value == "1")
            control.show("CHECKED");
        return control;
    }
    if (type == "reference" || type == "multipicklist" || type == "picklist" || type == "metricpicklist") {
        auto& control = row.add_row("SELECT");
        add_select(control, words, field, value);
        return control;
    }
    auto& control = row.add_row("INPUT");
    control.set("INPUT_TYPE", input_type(type));
    control.set("FIELD_VALUE", value);
    control.set("MAX_LENGTH", std::to_string(k_max_line_characters));
    return control;
}

}

void add_form_fields(ViewData& data, const Catalog& words, const std::vector<FormField>& fields,
    const FormValues& values, const std::vector<FormProblem>& problems)
{
    auto& form = data.add_row("FORM_FIELDS");
    form.include_template = "form_fields";
    for (const auto& field : fields) {
        const std::string& name = field.description.name;
        auto& row = form.add_row("FORM_FIELD");
        row.set("FIELD_ID", "field-" + name);
        row.set("FIELD_NAME", name);
        row.set("FIELD_LABEL", decode_html_entities(field.description.label.empty() ? name : field.description.label));
        if (field.read_only) {
            row.add_row("READ_ONLY").set("FIELD_VALUE", field.read_only->empty() ? "\u2014" : *field.read_only);
            continue;
        }
        auto found = values.find(name);
        auto& control = add_control(row, words, field, found == values.end() ? "" : found->second);
        if (field.description.mandatory) {
            row.show("REQUIRED");
            control.show("REQUIRED");
        }
        if (const auto* problem = problem_of(problems, name)) {
            row.add_row("FIELD_ERROR").set("ERROR_TEXT", words.format(problem->word, problem->words));
            control.show("INVALID");
        }
    }
}

bool has_field_problems(const std::vector<FormProblem>& problems)
{
    return std::any_of(
        problems.begin(), problems.end(), [](const FormProblem& problem) { return !problem.field.empty(); });
}

void add_form_errors(ViewData& data, const Catalog& words, const std::vector<FormProblem>& problems)
{
    for (const auto& problem : problems) {
        if (problem.field.empty())
            data.add_row("FORM_ERROR").set("ERROR_TEXT", words.format(problem.word, problem.words));
    }
}

}
