#include "portal/handlers/record_form.h"

#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace portal {

namespace {

constexpr std::size_t k_max_line = 255;
constexpr std::size_t k_max_text = 20'000;
constexpr std::size_t k_max_number = 30;

constexpr std::string_view k_input_types[][2] = {
    { "string", "text" },
    { "phone", "tel" },
    { "skype", "text" },
    { "email", "email" },
    { "url", "url" },
    { "date", "date" },
    { "integer", "text" },
    { "double", "text" },
    { "currency", "text" },
};

std::string_view input_type(std::string_view type)
{
    for (const auto& [field_type, html_type] : k_input_types) {
        if (field_type == type)
            return html_type;
    }
    return {};
}

bool is_choice(const crm::FieldDescription& field) { return field.type == "picklist" || field.type == "reference"; }

std::size_t max_length(const crm::FieldDescription& field)
{
    if (field.type == "text")
        return k_max_text;
    if (field.type == "integer" || field.type == "double" || field.type == "currency")
        return k_max_number;
    return k_max_line;
}

bool has_control_characters(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n' && c != '\r' && c != '\t') || byte == 0x7f;
    });
}

bool is_number(std::string_view text, bool whole)
{
    if (text.starts_with('-'))
        text.remove_prefix(1);
    auto point = text.find('.');
    if (whole && point != std::string_view::npos)
        return false;
    std::string_view integral = text.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    auto digits = [](std::string_view part) {
        return std::all_of(
            part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    return !integral.empty() && digits(integral) && digits(fraction)
        && (point == std::string_view::npos || !fraction.empty());
}

bool is_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    auto year = base::parse_int(text.substr(0, 4));
    auto month = base::parse_int(text.substr(5, 2));
    auto day = base::parse_int(text.substr(8, 2));
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1)
        return false;
    constexpr int k_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    return *day <= (*month == 2 && !leap ? 28 : k_days[*month - 1]);
}

bool is_email(std::string_view text)
{
    auto at = text.find('@');
    return at != std::string_view::npos && at > 0 && text.find('@', at + 1) == std::string_view::npos
        && text.find('.', at) != std::string_view::npos && !text.ends_with('.')
        && text.find_first_of(" \t<>\"") == std::string_view::npos;
}

bool is_offered(const crm::FieldDescription& field, const std::string& value, const ReferenceChoices& choices)
{
    if (field.type == "picklist") {
        return std::any_of(field.picklist_values.begin(), field.picklist_values.end(),
            [&](const crm::PicklistValue& choice) { return choice.value == value; });
    }
    // Without the CRM's candidates (it did not answer) the CRM itself judges.
    auto found = choices.find(field.name);
    return found == choices.end()
        || std::any_of(found->second.begin(), found->second.end(),
            [&](const crm::LabelledRecord& choice) { return choice.id.to_string() == value; });
}

// The catalog key of what is wrong with one value, empty when nothing is.
std::string problem_key(const crm::FieldDescription& field, const std::string& value, const ReferenceChoices& choices)
{
    if (base::trim(value).empty())
        return field.mandatory ? "ERR_FIELD_VALUE_REQUIRED" : "";
    if (value.size() > max_length(field))
        return "ERR_FIELD_VALUE_TOO_LONG";
    if (has_control_characters(value))
        return "ERR_FIELD_VALUE_CHARACTERS";
    if (is_choice(field))
        return is_offered(field, value, choices) ? "" : "ERR_FIELD_VALUE_NOT_A_CHOICE";
    if (field.type == "integer" || field.type == "double" || field.type == "currency")
        return is_number(value, field.type == "integer") ? "" : "ERR_FIELD_VALUE_NUMBER";
    if (field.type == "date")
        return is_date(value) ? "" : "ERR_FIELD_VALUE_DATE";
    if (field.type == "email")
        return is_email(value) ? "" : "ERR_FIELD_VALUE_EMAIL";
    if (field.type == "url")
        return value.starts_with("https://") || value.starts_with("http://") ? "" : "ERR_FIELD_VALUE_URL";
    return "";
}

struct ChoiceSource {
    const ReferenceChoices& choices;
    std::string none_label;
    std::string value_label; // the name of the current value, offered when no list has it
};

void add_choices(
    ViewData& select, const crm::FieldDescription& field, const std::string& value, const ChoiceSource& source)
{
    bool offered = false;
    auto add = [&](const std::string& option_value, const std::string& label) {
        auto& option = select.add_row("OPTION");
        option.set("OPTION_VALUE", option_value);
        option.set("OPTION_LABEL", label);
        if (option_value == value) {
            option.show("SELECTED");
            offered = true;
        }
    };
    if (!field.mandatory || value.empty())
        add("", source.none_label);
    if (field.type == "picklist") {
        for (const auto& choice : field.picklist_values)
            add(choice.value, choice.label.empty() ? choice.value : choice.label);
    } else if (auto found = source.choices.find(field.name); found != source.choices.end()) {
        for (const auto& choice : found->second)
            add(choice.id.to_string(), std::string(base::trim(choice.label)));
    }
    if (!offered && !value.empty())
        add(value, source.value_label.empty() ? value : source.value_label);
}

ViewData& input_row(ViewData& row, const crm::FieldDescription& field, const std::string& value)
{
    if (field.type == "boolean") {
        auto& checkbox = row.add_row("CHECKBOX");
        if (value == "1")
            checkbox.show("CHECKED");
        return checkbox;
    }
    if (is_choice(field))
        return row.add_row("SELECT");
    auto& input = row.add_row(field.type == "text" ? "TEXTAREA" : "INPUT");
    input.set("INPUT_TYPE", std::string(input_type(field.type)));
    input.set("FIELD_VALUE", value);
    input.set("MAX_LENGTH", std::to_string(max_length(field)));
    return input;
}

// A checkbox sends "1" or nothing; a line of text loses its outer spaces.
std::string typed_value(const crm::FieldDescription& field, const std::string& typed)
{
    if (field.type == "boolean")
        return typed == "1" ? "1" : "0";
    if (field.type == "text")
        return typed;
    return std::string(base::trim(typed));
}

}

bool is_form_editable(const crm::FieldDescription& field)
{
    return field.editable
        && (field.type == "text" || field.type == "boolean" || is_choice(field) || !input_type(field.type).empty());
}

std::string value_in(const crm::FieldValues& values, std::string_view name)
{
    for (const auto& [field, value] : values) {
        if (field == name)
            return value;
    }
    return "";
}

crm::FieldValues typed_values(const crm::ModuleDescription& description, const web::HttpRequest& request)
{
    crm::FieldValues values;
    for (const auto& field : description.fields) {
        if (!is_form_editable(field))
            continue;
        values.emplace_back(field.name, typed_value(field, request.form_param("f_" + field.name).value_or("")));
    }
    return values;
}

std::map<std::string, std::string> field_problems(const Catalog& words, const crm::ModuleDescription& description,
    const crm::FieldValues& values, const ReferenceChoices& choices)
{
    std::map<std::string, std::string> problems;
    for (const auto& [name, value] : values) {
        const auto* field = description.field(name);
        if (!field)
            continue;
        std::string key = problem_key(*field, value, choices);
        if (!key.empty())
            problems[name] = words.format(key, { { "max", std::to_string(max_length(*field)) } });
    }
    return problems;
}

void add_form_fields(ViewData& data, const Catalog& words, const crm::ModuleDescription& description,
    const FormState& state, const std::function<std::string(const crm::FieldDescription&)>& shown)
{
    for (const auto& field : description.fields) {
        auto& row = data.add_row("FORM_FIELD");
        row.set("FIELD_LABEL", field.label.empty() ? field.name : field.label);
        row.set("FIELD_ID", "f-" + field.name);
        row.set("FIELD_INPUT", "f_" + field.name);
        if (!is_form_editable(field)) {
            std::string text = shown(field);
            row.add_row("READ_ONLY").set("FIELD_VALUE", text.empty() ? "\u2014" : text);
            continue;
        }
        std::string value = value_in(state.values, field.name);
        auto& input = input_row(row, field, value);
        if (is_choice(field))
            add_choices(input, field, value, { state.choices, words.text("LBL_CASE_NONE_CHOSEN"), shown(field) });
        if (field.mandatory)
            input.show("REQUIRED");
        if (auto problem = state.problems.find(field.name); problem != state.problems.end())
            input.add_row("ERROR").set("ERROR_TEXT", problem->second);
    }
}

}
