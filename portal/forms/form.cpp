#include "portal/forms/form.h"

#include "base/strings.h"
#include "base/utf8.h"
#include "crm-connector/field_values.h"
#include "portal/views/text.h"

#include <algorithm>
#include <set>

namespace portal {

namespace {

constexpr std::string_view k_multi_separator = " |##| ";
constexpr std::size_t k_max_email_bytes = 254;
constexpr std::size_t k_max_phone_bytes = 40;

// Types a browser form can fill; owners, files, images, passwords,
// date-times and generated numbers are the CRM's to set.
const std::set<std::string, std::less<>> k_form_types { "string", "text", "integer", "double", "currency", "date",
    "time", "boolean", "email", "phone", "url", "skype", "picklist", "metricpicklist", "multipicklist", "reference" };

bool is_choice(std::string_view type)
{
    return type == "picklist" || type == "metricpicklist" || type == "multipicklist" || type == "reference";
}

bool is_text_box(const FormField& field) { return field.description.type == "text"; }

std::size_t max_characters(const FormField& field)
{
    return is_text_box(field) ? k_max_text_characters : k_max_line_characters;
}

// Line breaks and tabs belong in a text box; other control characters are
// never typed by a person.
bool has_control_characters(std::string_view text, bool text_box)
{
    return std::any_of(text.begin(), text.end(), [&](char c) {
        auto byte = static_cast<unsigned char>(c);
        bool allowed = text_box && (c == '\n' || c == '\r' || c == '\t');
        return (byte < 0x20 || byte == 0x7f) && !allowed;
    });
}

bool is_email(std::string_view text)
{
    auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.size() > k_max_email_bytes
        || text.find('@', at + 1) != std::string_view::npos)
        return false;
    std::string_view domain = text.substr(at + 1);
    auto dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.'
        && domain.find("..") == std::string_view::npos
        && text.find_first_of(" \t<>,;\"()[]\\") == std::string_view::npos;
}

bool is_phone(std::string_view text)
{
    bool digit = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool allowed = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || std::string_view(" +-()./x").find(c) != std::string_view::npos;
    });
    return digit && allowed && text.size() <= k_max_phone_bytes;
}

// www.example.com or https://www.example.com/page: a host with a dot, no spaces.
bool is_web_address(std::string_view text)
{
    std::string lower = base::to_lower(text);
    std::string_view rest = lower;
    for (std::string_view scheme : { "http://", "https://" }) {
        if (rest.starts_with(scheme))
            rest.remove_prefix(scheme.size());
    }
    std::string_view host = rest.substr(0, rest.find('/'));
    return host.find('.') != std::string_view::npos && !host.starts_with('.') && !host.ends_with('.')
        && text.find_first_of(" \t<>\"") == std::string_view::npos && host.find(':') == std::string_view::npos;
}

// 12, -3, 12.50 and the decimal comma many languages write (12,50), as the
// CRM takes it: with a point.
std::optional<std::string> decimal_with_point(std::string_view text)
{
    std::string number(text);
    std::replace(number.begin(), number.end(), ',', '.');
    if (!crm::parse_decimal(number) || number.ends_with('.') || number.starts_with('.') || number.starts_with("-."))
        return std::nullopt;
    return number;
}

bool is_date(std::string_view text)
{
    auto date = crm::parse_date_time(text);
    return date && !date->has_time && text.size() == 10;
}

bool is_time(std::string_view text)
{
    if (text.size() != 5 && text.size() != 8)
        return false;
    std::string moment = "2000-01-01 " + std::string(text) + (text.size() == 5 ? ":00" : "");
    return crm::parse_date_time(moment).has_value();
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

bool is_empty(const FormField& field, const std::string& value)
{
    return base::trim(value).empty() || (field.description.type == "boolean" && value == "0");
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
            fields.push_back({ field, {}, true, std::nullopt });
            continue;
        }
        auto found = choices.find(field.name);
        if (found != choices.end() && !found->second.empty())
            fields.push_back({ field, found->second, true, std::nullopt });
        else if (found == choices.end() && !choices_known)
            fields.push_back({ field, {}, false, std::nullopt });
    }
    return fields;
}

std::vector<FormField> with_read_only_fields(const crm::ModuleDescription& description,
    const std::vector<FormField>& writable, const std::function<std::string(const crm::FieldDescription&)>& shown)
{
    std::vector<FormField> fields;
    for (const auto& field : description.fields) {
        auto found = std::find_if(writable.begin(), writable.end(),
            [&](const FormField& form_field) { return form_field.description.name == field.name; });
        if (found != writable.end())
            fields.push_back(*found);
        else
            fields.push_back({ field, {}, true, shown(field) });
    }
    return fields;
}

FormValues default_values(const std::vector<FormField>& fields)
{
    FormValues values;
    for (const auto& field : fields) {
        const std::string& value = field.description.default_value;
        if (!field.read_only && !value.empty() && value_problem(field, value).empty())
            values[field.description.name] = value;
    }
    return values;
}

FormValues record_values(const std::vector<FormField>& fields, const crm::Record& record)
{
    FormValues values;
    for (const auto& field : fields) {
        if (!field.read_only)
            values[field.description.name] = decode_html_entities(record.value_of(field.description.name));
    }
    return values;
}

FormValues posted_values(const std::vector<FormField>& fields, const std::multimap<std::string, std::string>& form)
{
    FormValues values;
    for (const auto& field : fields) {
        if (field.read_only)
            continue;
        const std::string& name = field.description.name;
        std::vector<std::string> posted;
        auto [first, last] = form.equal_range(name);
        for (auto it = first; it != last; ++it)
            posted.emplace_back(is_text_box(field) ? it->second : base::trim(it->second));
        // A new string rather than an assignment from a literal: g++ 12 warns
        // falsely (-Wrestrict) about the latter.
        if (field.description.type == "boolean")
            values.insert_or_assign(name, std::string(1, !posted.empty() && posted.back() == "1" ? '1' : '0'));
        else if (field.description.type == "multipicklist")
            values[name] = base::join(posted, k_multi_separator);
        else
            values[name] = posted.empty() ? std::string() : posted.back();
    }
    return values;
}

std::string value_problem(const FormField& field, const std::string& value)
{
    if (is_empty(field, value))
        return field.description.mandatory ? "ERR_FIELD_REQUIRED" : "";
    const std::string& type = field.description.type;
    auto length = base::utf8_length(value);
    if (!length)
        return "ERR_FIELD_UNREADABLE";
    if (has_control_characters(value, is_text_box(field)))
        return "ERR_FIELD_CHARACTERS";
    if (is_choice(type))
        return all_offered(field, value) ? "" : "ERR_FIELD_CHOICE";
    if (*length > max_characters(field))
        return "ERR_FIELD_TOO_LONG";
    if (type == "email" && !is_email(value))
        return "ERR_FIELD_EMAIL";
    if (type == "phone" && !is_phone(value))
        return "ERR_FIELD_PHONE";
    if (type == "url" && !is_web_address(value))
        return "ERR_FIELD_URL";
    if (type == "integer" && !base::parse_int(value))
        return "ERR_FIELD_INTEGER";
    if ((type == "double" || type == "currency") && !decimal_with_point(value))
        return "ERR_FIELD_NUMBER";
    if (type == "date" && !is_date(value))
        return "ERR_FIELD_DATE";
    if (type == "time" && !is_time(value))
        return "ERR_FIELD_TIME";
    if (type == "boolean" && value != "1")
        return "ERR_FIELD_CHOICE";
    return "";
}

std::vector<FormProblem> check_values(const std::vector<FormField>& fields, const FormValues& values)
{
    std::vector<FormProblem> problems;
    for (const auto& field : fields) {
        if (field.read_only)
            continue;
        auto found = values.find(field.description.name);
        std::string word = value_problem(field, found == values.end() ? "" : found->second);
        if (!word.empty())
            problems.push_back({ field.description.name, word, { { "max", std::to_string(max_characters(field)) } } });
    }
    return problems;
}

crm::FieldValues values_to_save(const std::vector<FormField>& fields, const FormValues& values, Saving saving)
{
    crm::FieldValues saved;
    for (const auto& field : fields) {
        auto found = values.find(field.description.name);
        if (field.read_only || found == values.end() || (saving == Saving::new_record && found->second.empty()))
            continue;
        const std::string& type = field.description.type;
        bool decimal = (type == "double" || type == "currency") && !found->second.empty();
        saved.emplace_back(field.description.name,
            decimal ? decimal_with_point(found->second).value_or(found->second) : found->second);
    }
    return saved;
}

std::string refused_field(const std::string& message, const std::vector<FormField>& fields)
{
    for (const auto& field : fields) {
        const std::string& name = field.description.name;
        if (message.find("Invalid value for " + name) != std::string::npos
            || message.find(name + " does not have a value") != std::string::npos)
            return name;
    }
    return "";
}

}
