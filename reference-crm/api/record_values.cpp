#include "reference-crm/api/record_values.h"

#include "reference-crm/api/api_error.h"
#include "reference-crm/ws_id.h"

#include <algorithm>

namespace refcrm::api {

namespace {

constexpr std::size_t k_max_string = 255;
constexpr std::size_t k_max_text = 65'000;

bool valid_date(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

base::Result<storage::Param> reference_row(OperationContext& context, const FieldDef& field, const std::string& text)
{
    if (text.empty())
        return storage::Param(nullptr);
    auto id = parse_ws_id(text);
    const PortalModule* target = context.settings.enabled_module(field.refers_to);
    if (!id || id->type_id != field.reference_type || !target)
        return api_error("Record not Accessible");
    bool visible
        = TRY(is_record_accessible(context.db, *target->def, context.customer, target->configured_mode(), id->row_id));
    if (!visible)
        return api_error("Record not Accessible");
    return storage::Param(id->row_id);
}

base::Result<storage::Param> stored_value(OperationContext& context, const FieldDef& field, const std::string& text)
{
    std::string invalid = "Invalid value for " + std::string(field.name);
    switch (field.type) {
    case FieldType::picklist:
        if (text.empty() ? field.mandatory
                         : std::find(field.picklist.begin(), field.picklist.end(), text) == field.picklist.end())
            return api_error(invalid);
        return storage::Param(text);
    case FieldType::reference:
        return reference_row(context, field, text);
    case FieldType::date:
        if (!text.empty() && !valid_date(text))
            return api_error(invalid);
        return text.empty() ? storage::Param(nullptr) : storage::Param(text);
    case FieldType::boolean:
        if (text != "0" && text != "1")
            return api_error(invalid);
        return storage::Param(std::int64_t { text == "1" });
    case FieldType::text:
        if (text.size() > k_max_text)
            return api_error(invalid);
        return storage::Param(text);
    default:
        if (text.size() > k_max_string)
            return api_error(invalid);
        return storage::Param(text);
    }
}

bool is_writable(const PortalModule& module, const FieldDef& field, const std::set<std::string_view>& extras)
{
    const PortalField* visible = module.visible_field(field.name);
    return (extras.contains(field.name) || (visible && visible->editable)) && !never_writable(field);
}

}

std::string column_name(const FieldDef& field)
{
    std::string_view column = field.column;
    return std::string(column.starts_with("r.") ? column.substr(2) : column);
}

bool never_writable(const FieldDef& field)
{
    static const std::set<std::string_view> k_forbidden { "portal", "support_start_date", "support_end_date", "email",
        "contact_id", "parent_id", "account_id", "ticket_no", "product_no", "contact", "account", "serialnumber",
        "datesold", "asset_no", "quote_no", "invoice_no", "note_no", "filename", "filelocationtype", "filestatus",
        "filesize", "filetype", "filedownloadcount" };
    return field.type == FieldType::owner || field.type == FieldType::datetime || k_forbidden.contains(field.name);
}

base::Result<std::vector<FieldValue>> parse_record_values(
    OperationContext& context, const PortalModule& module, const std::set<std::string_view>& extras)
{
    auto parsed = json::parse(context.call.field("values").value_or(""));
    if (!parsed.ok() || !parsed->is_object())
        return api_error("Invalid values");
    std::vector<FieldValue> values;
    for (const auto& [name, value] : parsed->members()) {
        const FieldDef* field = module.def->field(name);
        if (!field || !is_writable(module, *field, extras))
            return api_error("Specified fields not editable");
        if (value.is_array() || value.is_object())
            return api_error("Invalid value for " + name);
        std::string text = value.is_null() ? std::string() : value.text();
        values.push_back({ field, TRY(stored_value(context, *field, text)), text });
    }
    return values;
}

}
