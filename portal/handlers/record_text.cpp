#include "portal/handlers/record_text.h"

#include "portal/views/text.h"

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

}
