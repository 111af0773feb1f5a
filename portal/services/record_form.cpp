#include "portal/services/record_form.h"

#include "base/strings.h"

#include <algorithm>
#include <optional>

namespace portal {

namespace {

constexpr std::size_t k_max_short_text = 255;
constexpr std::size_t k_max_long_text = 20000;

bool is_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    auto year = base::parse_int(text.substr(0, 4));
    auto month = base::parse_int(text.substr(5, 2));
    auto day = base::parse_int(text.substr(8, 2));
    if (!year || !month || !day || *year < 1900 || *month < 1 || *month > 12 || *day < 1)
        return false;
    constexpr int k_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    int last = *month == 2 && !leap ? 28 : k_days[*month - 1];
    return *day <= last;
}

// Line breaks and tabs belong in a text box; other control characters are
// never typed by a person.
bool has_control_characters(std::string_view text, bool long_text)
{
    return std::any_of(text.begin(), text.end(), [&](char c) {
        auto byte = static_cast<unsigned char>(c);
        bool allowed = long_text && (c == '\n' || c == '\r' || c == '\t');
        return (byte < 0x20 || byte == 0x7f) && !allowed;
    });
}

bool is_choice(const crm::FieldDescription& field, const std::string& value)
{
    return std::any_of(field.picklist_values.begin(), field.picklist_values.end(),
        [&](const crm::PicklistValue& choice) { return choice.value == value; });
}

std::optional<FieldProblem> problem_of(const crm::FieldDescription& field, const std::string& value)
{
    bool long_text = field.type == "text";
    std::size_t limit = long_text ? k_max_long_text : k_max_short_text;
    if (base::trim(value).empty())
        return field.mandatory ? std::optional(FieldProblem { field.name, "ERR_FIELD_REQUIRED", {} }) : std::nullopt;
    if (value.size() > limit)
        return FieldProblem { field.name, "ERR_FIELD_TOO_LONG", { { "max", std::to_string(limit) } } };
    if (has_control_characters(value, long_text))
        return FieldProblem { field.name, "ERR_FIELD_BAD_TEXT", {} };
    if (field.type == "date" && !is_date(value))
        return FieldProblem { field.name, "ERR_FIELD_BAD_DATE", {} };
    if (field.type == "picklist" && !is_choice(field, value))
        return FieldProblem { field.name, "ERR_FIELD_BAD_CHOICE", {} };
    return std::nullopt;
}

}

bool is_form_field(const crm::FieldDescription& field)
{
    static constexpr std::string_view k_typed[]
        = { "string", "text", "date", "picklist", "email", "phone", "url", "integer", "double", "currency" };
    return field.editable && std::find(std::begin(k_typed), std::end(k_typed), field.type) != std::end(k_typed);
}

std::vector<FieldProblem> check_record_form(const crm::ModuleDescription& description, const crm::FieldValues& values)
{
    std::vector<FieldProblem> problems;
    for (const auto& [name, value] : values) {
        const auto* field = description.field(name);
        if (!field || !is_form_field(*field))
            continue; // never sent: the handler takes only form fields
        if (auto problem = problem_of(*field, value))
            problems.push_back(std::move(*problem));
    }
    return problems;
}

}
