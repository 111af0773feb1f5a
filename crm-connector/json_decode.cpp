#include "crm-connector/json_decode.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"

#include <algorithm>

namespace crm {

base::Error unexpected(std::string_view text)
{
    return base::Error(
        std::string(error_codes::k_bad_envelope), "unexpected answer from the CRM: " + std::string(text));
}

const Json& member(const Json& object, std::string_view name)
{
    static const Json k_absent;
    if (!object.is_object())
        return k_absent;
    auto found = object.find(name);
    return found == object.end() ? k_absent : *found;
}

std::string text_or(const Json& object, std::string_view name, std::string_view fallback)
{
    std::string text = text_of(member(object, name));
    return text.empty() ? std::string(fallback) : text;
}

namespace {

// The CRM's flags arrive as JSON booleans or as "0"/"1" strings.
bool flag(const Json& value)
{
    if (value.is_boolean())
        return value.get<bool>();
    std::string text = base::to_lower(base::trim(text_of(value)));
    return !text.empty() && text != "0" && text != "false";
}

// PHP turns an array with gaps in its keys into an object {"0":…,"3":…};
// the numeric keys, not the text order, give the CRM's order. Other keys
// ("count") are skipped.
std::vector<const Json*> numbered_members(const Json& object)
{
    std::vector<std::pair<std::int64_t, const Json*>> numbered;
    for (const auto& [key, value] : object.items()) {
        bool digits = !key.empty() && key.size() < 19
            && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits)
            numbered.emplace_back(*base::parse_int(key), &value);
    }
    std::stable_sort(
        numbered.begin(), numbered.end(), [](const auto& left, const auto& right) { return left.first < right.first; });
    std::vector<const Json*> members;
    for (const auto& entry : numbered)
        members.push_back(entry.second);
    return members;
}

}

std::vector<const Json*> elements_in_order(const Json& list)
{
    if (list.is_object())
        return numbered_members(list);
    std::vector<const Json*> elements;
    if (list.is_array()) {
        for (const Json& element : list)
            elements.push_back(&element);
    }
    return elements;
}

namespace {

std::optional<std::int64_t> count_of(const Json& value)
{
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (!value.is_string())
        return std::nullopt;
    return base::parse_int(base::trim(value.get_ref<const std::string&>()));
}

}

std::string text_of(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return value.get<std::string>();
    case Json::value_t::null:
    case Json::value_t::discarded:
        return {};
    case Json::value_t::boolean:
        return value.get<bool>() ? "1" : "0";
    case Json::value_t::number_integer:
        return std::to_string(value.get<std::int64_t>());
    case Json::value_t::number_unsigned:
        return std::to_string(value.get<std::uint64_t>());
    default:
        return value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

FieldValue field_value_from_json(const Json& value)
{
    if (!value.is_object() || !value.contains("value"))
        return FieldValue { text_of(value), std::nullopt };
    FieldValue field { text_of(value.at("value")), std::nullopt };
    if (value.contains("label"))
        field.label = text_of(value.at("label"));
    return field;
}

base::Result<Record> decode_record(const Json& object)
{
    if (!object.is_object())
        return unexpected("a record is not a JSON object");
    Record record;
    for (const auto& [name, value] : object.items()) {
        FieldValue field = field_value_from_json(value);
        if (name == "id")
            record.id = RecordId::parse(field.value).value_or(RecordId());
        record.fields.emplace_back(name, std::move(field));
    }
    return record;
}

base::Result<std::vector<Record>> decode_record_list(const Json& result)
{
    if (!result.is_null() && !result.is_object() && !result.is_array())
        return unexpected("the list of records is neither an object nor an array");
    std::vector<Record> records;
    for (const Json* record : elements_in_order(result))
        records.push_back(TRY(decode_record(*record)));
    return records;
}

// FetchRecords: {"0":{record},"1":{record},…,"count":"7"}; an empty PHP
// array arrives as [] and a list without count as a JSON array.
base::Result<RecordPage> decode_record_page(const Json& result)
{
    RecordPage page;
    if (result.is_null())
        return page;
    if (!result.is_object() && !result.is_array())
        return unexpected("the list of records is neither an object nor an array");
    for (const Json* record : elements_in_order(result))
        page.records.push_back(TRY(decode_record(*record)));
    page.total_count = count_of(member(result, "count"));
    return page;
}

namespace {

Reference reference_from(const Json& value)
{
    FieldValue field = field_value_from_json(value);
    return Reference { std::move(field.value), field.label.value_or("") };
}

ModuleInfo module_info(const std::string& name, const Json& information)
{
    ModuleInfo module;
    module.name = text_or(information, "name", name);
    module.label = text_or(information, "label", module.name);
    module.ui_label = text_or(information, "uiLabel", module.label);
    module.order = static_cast<int>(base::parse_int(base::trim(text_of(member(information, "order")))).value_or(0));
    module.can_create = flag(member(information, "create"));
    module.can_edit = flag(member(information, "edit"));
    // Vtiger treats any non-zero records_visible as "all" (docs/json-api.md, Scope).
    module.organisation_scope = flag(member(information, "recordvisibility"));
    return module;
}

// modules.types gives the order; modules.information the details of each.
std::vector<ModuleInfo> module_list(const Json& modules)
{
    const Json& types = member(modules, "types");
    const Json& information = member(modules, "information");
    std::vector<std::string> names;
    if (types.is_array()) {
        for (const Json& type : types)
            names.push_back(text_of(type));
    } else if (information.is_object()) {
        for (const auto& [name, details] : information.items())
            names.push_back(name);
    }
    std::vector<ModuleInfo> list;
    for (const std::string& name : names)
        list.push_back(module_info(name, member(information, name)));
    return list;
}

std::vector<std::string> label_fields_from(const Json& value)
{
    std::vector<std::string> names;
    std::vector<std::string> parts;
    if (value.is_array()) {
        for (const Json& part : value)
            parts.push_back(text_of(part));
    } else {
        parts = base::split(text_of(value), ',');
    }
    for (const std::string& part : parts) {
        if (std::string_view name = base::trim(part); !name.empty())
            names.emplace_back(name);
    }
    return names;
}

std::vector<PicklistValue> picklist_values(const Json& list)
{
    std::vector<PicklistValue> values;
    for (const Json* entry : elements_in_order(list)) {
        if (entry->is_object()) {
            std::string value = text_of(member(*entry, "value"));
            values.push_back(PicklistValue { value, text_or(*entry, "label", value) });
        } else {
            values.push_back(PicklistValue { text_of(*entry), text_of(*entry) });
        }
    }
    return values;
}

std::optional<FieldDescription> field_description(const Json& object)
{
    FieldDescription field;
    field.name = text_of(member(object, "name"));
    if (field.name.empty())
        return std::nullopt;
    field.label = text_or(object, "label", field.name);
    field.mandatory = flag(member(object, "mandatory"));
    field.editable = flag(member(object, "editable"));
    field.default_value = text_of(member(object, "default"));
    field.block_label = text_of(member(object, "blocklabel"));
    const Json& type = member(object, "type");
    field.type = type.is_object() ? text_of(member(type, "name")) : text_of(type);
    field.picklist_values = picklist_values(member(type, "picklistValues"));
    for (const Json* module : elements_in_order(member(type, "refersTo")))
        field.refers_to.push_back(text_of(*module));
    return field;
}

}

base::Result<PortalModules> decode_portal_modules(const Json& result)
{
    if (!result.is_object())
        return unexpected("the portal's modules are not a JSON object");
    PortalModules modules;
    modules.contact = reference_from(member(result, "contact_id"));
    if (modules.contact.id.empty())
        return unexpected("the answer names no contact (contact_id)");
    // A contact without an organisation has no account_id, or an empty one.
    if (Reference account = reference_from(member(result, "account_id")); !account.id.empty() && account.id != "0")
        modules.account = std::move(account);
    modules.default_assignee = reference_from(member(result, "user_id"));
    modules.modules = module_list(member(result, "modules"));
    return modules;
}

// DescribeModule: {"describe":{…,"fields":[…]}}; fields may also arrive as an
// object with numeric keys, whose numbers are the portal's field order.
base::Result<ModuleDescription> decode_module_description(const Json& result)
{
    const Json& describe = result.contains("describe") ? member(result, "describe") : result;
    if (!describe.is_object() || text_of(member(describe, "name")).empty())
        return unexpected("the module description has no name");
    ModuleDescription description;
    description.name = text_of(member(describe, "name"));
    description.label = text_or(describe, "label", description.name);
    description.id_prefix = text_of(member(describe, "idPrefix"));
    description.label_fields = label_fields_from(member(describe, "labelFields"));
    for (const Json* object : elements_in_order(member(describe, "fields"))) {
        if (std::optional<FieldDescription> field = field_description(*object))
            description.fields.push_back(std::move(*field));
    }
    return description;
}

}
