#include "portal/handlers/create_form.h"

#include "base/strings.h"

#include <algorithm>
#include <optional>
#include <set>

namespace portal {

namespace {

constexpr std::string_view k_multi_separator = " |##| ";
constexpr std::size_t k_max_line_length = 255;
constexpr std::size_t k_max_text_length = 65000;

// Types a browser form can fill; owners, files, images, passwords,
// date-times and generated numbers are the CRM's to set.
const std::set<std::string, std::less<>> k_form_types { "string", "text", "integer", "double", "currency", "date",
    "time", "boolean", "email", "phone", "url", "skype", "picklist", "metricpicklist", "multipicklist",
    "reference" };

bool is_choice(std::string_view type) { return type == "picklist" || type == "metricpicklist"; }

// The number of characters of UTF-8 text, or nullopt when it is no valid UTF-8.
std::optional<std::size_t> utf8_length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return std::nullopt;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return std::nullopt;
        }
        i += length;
    }
    return count;
}

bool all_digits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_email(std::string_view text)
{
    auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.size() > 254 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    std::string_view domain = text.substr(at + 1);
    auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.'
        && text.find_first_of(" \t\r\n<>,;\"") == std::string_view::npos;
}

// Accepts 12, -3, 12.50 and the decimal comma many languages write (12,50).
std::optional<std::string> decimal_with_point(std::string_view text)
{
    std::string number(text);
    std::replace(number.begin(), number.end(), ',', '.');
    std::string_view digits = number;
    if (digits.starts_with('-'))
        digits.remove_prefix(1);
    auto point = digits.find('.');
    bool valid = point == std::string_view::npos
        ? all_digits(digits)
        : all_digits(digits.substr(0, point)) && all_digits(digits.substr(point + 1));
    return valid ? std::optional<std::string>(number) : std::nullopt;
}

bool is_date(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    if (!all_digits(text.substr(0, 4)) || !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2)))
        return false;
    int year = std::stoi(std::string(text.substr(0, 4)));
    int month = std::stoi(std::string(text.substr(5, 2)));
    int day = std::stoi(std::string(text.substr(8, 2)));
    constexpr int k_days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1 || day > k_days[month - 1])
        return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return year >= 1 && !(month == 2 && day == 29 && !leap);
}

bool is_time(std::string_view text)
{
    if ((text.size() != 5 && text.size() != 8) || text[2] != ':' || (text.size() == 8 && text[5] != ':'))
        return false;
    if (!all_digits(text.substr(0, 2)) || !all_digits(text.substr(3, 2)))
        return false;
    if (text.size() == 8 && !all_digits(text.substr(6, 2)))
        return false;
    return std::stoi(std::string(text.substr(0, 2))) < 24 && std::stoi(std::string(text.substr(3, 2))) < 60
        && (text.size() == 5 || std::stoi(std::string(text.substr(6, 2))) < 60);
}

bool is_offered(const FormField& field, std::string_view value)
{
    if (field.description.type == "reference" && !field.candidates_known)
        return crm::RecordId::parse(value).has_value();
    if (field.description.type == "reference") {
        return std::any_of(field.candidates.begin(), field.candidates.end(),
            [&](const crm::LabelledRecord& record) { return record.id.to_string() == value; });
    }
    const auto& choices = field.description.picklist_values;
    return std::any_of(
        choices.begin(), choices.end(), [&](const crm::PicklistValue& choice) { return choice.value == value; });
}

bool all_offered(const FormField& field, const std::string& value)
{
    if (field.description.type != "multipicklist")
        return is_offered(field, value);
    auto chosen = multi_values(value);
    return std::all_of(chosen.begin(), chosen.end(), [&](const std::string& one) { return is_offered(field, one); });
}

// The catalog key of what is wrong with one filled value, or "".
std::string problem_of(const FormField& field, const std::string& value)
{
    const std::string& type = field.description.type;
    auto length = utf8_length(value);
    if (!length)
        return "ERR_FIELD_UNREADABLE";
    if (is_choice(type) || type == "multipicklist" || type == "reference")
        return all_offered(field, value) ? "" : "ERR_FIELD_CHOICE";
    if (*length > (type == "text" ? k_max_text_length : k_max_line_length))
        return "ERR_FIELD_TOO_LONG";
    if (type == "email" && !is_email(value))
        return "ERR_FIELD_EMAIL";
    if (type == "integer" && !base::parse_int(value))
        return "ERR_FIELD_INTEGER";
    if ((type == "double" || type == "currency") && !decimal_with_point(value))
        return "ERR_FIELD_NUMBER";
    if (type == "date" && !is_date(value))
        return "ERR_FIELD_DATE";
    if (type == "time" && !is_time(value))
        return "ERR_FIELD_TIME";
    if (type == "boolean" && value != "0" && value != "1")
        return "ERR_FIELD_CHOICE";
    return "";
}

}

std::vector<std::string> multi_values(const std::string& value)
{
    std::vector<std::string> values;
    std::string_view rest = value;
    for (std::size_t at; (at = rest.find(k_multi_separator)) != std::string_view::npos;) {
        values.emplace_back(rest.substr(0, at));
        rest.remove_prefix(at + k_multi_separator.size());
    }
    values.emplace_back(rest);
    return values;
}

std::vector<FormField> writable_fields(
    const crm::ModuleDescription& description, const ReferenceChoices& choices, bool choices_known)
{
    std::vector<FormField> fields;
    for (const auto& field : description.fields) {
        if (!field.editable || !k_form_types.contains(field.type))
            continue;
        if (field.type != "reference") {
            fields.push_back({ field, {}, true });
            continue;
        }
        auto found = choices.find(field.name);
        if (!choices_known)
            fields.push_back({ field, {}, false });
        else if (found != choices.end() && !found->second.empty())
            fields.push_back({ field, found->second, true });
    }
    return fields;
}

FormValues default_values(const std::vector<FormField>& fields)
{
    FormValues values;
    for (const auto& field : fields) {
        const std::string& value = field.description.default_value;
        if (!value.empty() && problem_of(field, value).empty())
            values[field.description.name] = value;
    }
    return values;
}

FormValues posted_values(const std::vector<FormField>& fields, const web::HttpRequest& request)
{
    FormValues values;
    for (const auto& field : fields) {
        const std::string& name = field.description.name;
        std::vector<std::string> posted;
        auto [first, last] = request.form.equal_range(name);
        for (auto it = first; it != last; ++it)
            posted.emplace_back(field.description.type == "text" ? it->second : base::trim(it->second));
        // A new string rather than an assignment from a literal: g++ 12 warns
        // falsely (-Wrestrict) about the latter.
        if (field.description.type == "boolean")
            values.insert_or_assign(name, std::string(1, !posted.empty() && posted.back() == "1" ? '1' : '0'));
        else if (field.description.type == "multipicklist")
            values[name] = base::join(posted, k_multi_separator);
        else if (!posted.empty())
            values[name] = posted.back();
    }
    return values;
}

std::vector<FormProblem> check_values(const std::vector<FormField>& fields, const FormValues& values)
{
    std::vector<FormProblem> problems;
    for (const auto& field : fields) {
        auto found = values.find(field.description.name);
        std::string value = found == values.end() ? "" : found->second;
        bool empty = base::trim(value).empty() || (field.description.type == "boolean" && value == "0");
        std::string word = empty ? (field.description.mandatory ? "ERR_FIELD_REQUIRED" : "") : problem_of(field, value);
        if (word.empty())
            continue;
        std::size_t max = field.description.type == "text" ? k_max_text_length : k_max_line_length;
        problems.push_back({ field.description.name, word, { { "max", std::to_string(max) } } });
    }
    return problems;
}

crm::FieldValues values_to_save(const std::vector<FormField>& fields, const FormValues& values)
{
    crm::FieldValues saved;
    for (const auto& field : fields) {
        auto found = values.find(field.description.name);
        if (found == values.end() || found->second.empty())
            continue;
        const std::string& type = field.description.type;
        bool decimal = type == "double" || type == "currency";
        saved.emplace_back(field.description.name,
            decimal ? decimal_with_point(found->second).value_or(found->second) : found->second);
    }
    return saved;
}

}
