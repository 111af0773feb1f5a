#include "portal/services/field_validation.h"

#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace portal {

namespace {

constexpr std::size_t k_max_short_text = 255;
constexpr std::size_t k_max_long_text = 20000;

bool all_digits(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool is_email(std::string_view text)
{
    auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    std::string_view domain = text.substr(at + 1);
    auto dot = domain.find('.');
    bool spaced = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; });
    return !spaced && dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

bool is_phone(std::string_view text)
{
    bool digit = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
    bool allowed = std::all_of(text.begin(), text.end(), [](unsigned char c) {
        return std::isdigit(c) || std::string_view(" +-()./x").find(static_cast<char>(c)) != std::string_view::npos;
    });
    return digit && allowed && text.size() <= 40;
}

bool is_url(std::string_view text)
{
    std::string lower = base::to_lower(text);
    std::string_view rest = lower;
    for (std::string_view scheme : { "http://", "https://" }) {
        if (rest.starts_with(scheme))
            rest.remove_prefix(scheme.size());
    }
    bool spaced = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; });
    return !spaced && rest.find('.') != std::string_view::npos && !rest.starts_with('.') && rest.find(':') == std::string_view::npos;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    auto year = base::parse_int(text.substr(0, 4));
    auto month = base::parse_int(text.substr(5, 2));
    auto day = base::parse_int(text.substr(8, 2));
    if (!year || !month || !day || !all_digits(text.substr(0, 4)) || *month < 1 || *month > 12 || *day < 1)
        return false;
    constexpr int k_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int last = k_days[*month - 1] + (*month == 2 && is_leap(static_cast<int>(*year)) ? 1 : 0);
    return *day <= last;
}

bool is_decimal(std::string_view text)
{
    if (text.starts_with('-'))
        text.remove_prefix(1);
    auto point = text.find('.');
    std::string_view whole = text.substr(0, point);
    std::string_view part = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    bool has_digits = !whole.empty() || !part.empty();
    return has_digits && all_digits(whole) && all_digits(part)
        && (point == std::string_view::npos || !part.empty()) && text.size() <= 30;
}

bool is_choice(const crm::FieldDescription& field, const std::string& value)
{
    return std::any_of(field.picklist_values.begin(), field.picklist_values.end(),
        [&](const crm::PicklistValue& choice) { return choice.value == value; });
}

std::optional<std::string> type_problem(const crm::FieldDescription& field, const std::string& value)
{
    const std::string& type = field.type;
    if (type == "email" && !is_email(value))
        return "ERR_FIELD_EMAIL";
    if (type == "phone" && !is_phone(value))
        return "ERR_FIELD_PHONE";
    if (type == "url" && !is_url(value))
        return "ERR_FIELD_URL";
    if (type == "date" && !is_date(value))
        return "ERR_FIELD_DATE";
    if (type == "integer" && !(all_digits(value) && value.size() <= 18))
        return "ERR_FIELD_NUMBER";
    if ((type == "double" || type == "currency") && !is_decimal(value))
        return "ERR_FIELD_NUMBER";
    if (type == "boolean" && value != "0" && value != "1")
        return "ERR_FIELD_CHOICE";
    if (type == "picklist" && !is_choice(field, value))
        return "ERR_FIELD_CHOICE";
    return std::nullopt;
}

}

std::optional<std::string> field_problem(const crm::FieldDescription& field, const std::string& value)
{
    if (field.mandatory && value.empty())
        return "ERR_FIELD_REQUIRED";
    std::size_t limit = field.type == "text" ? k_max_long_text : k_max_short_text;
    if (value.size() > limit)
        return "ERR_VALUE_TOO_LONG";
    bool has_control = std::any_of(value.begin(), value.end(), [&](unsigned char c) {
        return (c < 0x20 && !(field.type == "text" && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7f;
    });
    if (has_control)
        return "ERR_FIELD_CHARACTERS";
    if (value.empty())
        return std::nullopt;
    return type_problem(field, value);
}

std::string normalised_value(const crm::FieldDescription& field, std::string_view typed)
{
    if (field.type == "boolean")
        return typed.empty() || typed == "0" ? "0" : "1";
    return std::string(base::trim(typed));
}

}
