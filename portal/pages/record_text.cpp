#include "portal/pages/record_text.h"

#include "portal/session/session_store.h"
#include "portal/views/catalog.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

std::string field_text(const crm::Record& record, std::string_view name)
{
    const crm::FieldValue* value = record.field(name);
    return value ? decode_html_entities(value->display()) : std::string();
}

std::string picklist_text(const crm::ModuleDescription& description, std::string_view field, const std::string& value)
{
    if (const auto* described = description.field(field)) {
        for (const auto& choice : described->picklist_values) {
            if (choice.value == value && !choice.label.empty())
                return decode_html_entities(choice.label);
        }
    }
    return value;
}

std::optional<std::string> reference_text(const Session& session, const crm::FieldValue& value)
{
    if (value.label)
        return decode_html_entities(*value.label);
    const auto& modules = session.modules();
    if (value.value == modules.contact.id)
        return modules.contact.label;
    if (modules.account && value.value == modules.account->id)
        return modules.account->label;
    if (value.value == modules.default_assignee.id && !modules.default_assignee.label.empty())
        return modules.default_assignee.label;
    return std::nullopt;
}

std::optional<std::string> display_text(const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::FieldDescription& field, const crm::FieldValue& value)
{
    const std::string& type = field.type;
    if (type == "reference" || type == "owner")
        return value.value.empty() ? std::optional<std::string>("") : reference_text(session, value);
    std::string text = decode_html_entities(value.display());
    if (text.empty())
        return text;
    if (type == "datetime" || type == "date")
        return format_date(words, text);
    if (type == "picklist")
        return picklist_text(description, field.name, text);
    if (type == "currency" || type == "double")
        return format_decimal(words, text, 2);
    if (type == "boolean")
        return words.text(text == "1" || text == "true" ? "LBL_YES" : "LBL_NO");
    return text;
}

std::string quantity_text(const Catalog& words, std::string_view quantity)
{
    std::size_t point = quantity.find('.');
    bool whole = point == std::string_view::npos
        || std::all_of(
            quantity.begin() + static_cast<std::ptrdiff_t>(point) + 1, quantity.end(), [](char c) { return c == '0'; });
    return format_decimal(words, quantity, whole ? 0 : 2);
}

}
