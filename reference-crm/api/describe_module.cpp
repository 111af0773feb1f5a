#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"

namespace refcrm::api {

namespace {

json::Value picklist_type(const FieldDef& field)
{
    json::Value values = json::Value::array();
    for (auto value : field.picklist) {
        json::Value entry = json::Value::object();
        entry.set("label", value);
        entry.set("value", value);
        values.push(std::move(entry));
    }
    json::Value type = json::Value::object();
    type.set("picklistValues", std::move(values));
    type.set("defaultValue", field.picklist.empty() ? json::Value("") : json::Value(field.picklist.front()));
    type.set("name", "picklist");
    return type;
}

json::Value field_type(const FieldDef& field)
{
    if (field.type == FieldType::picklist)
        return picklist_type(field);
    json::Value type = json::Value::object();
    if (field.type == FieldType::reference)
        type.set("refersTo", json::Value::array().push(field.refers_to));
    if (field.type == FieldType::date)
        type.set("format", "yyyy-mm-dd");
    if (field.type == FieldType::file)
        type.set("maxUploadFileSize", json::Value::integer(k_max_upload_bytes));
    type.set("name", type_name(field.type));
    return type;
}

json::Value describe_field(const PortalField& portal_field)
{
    const FieldDef& field = *portal_field.field;
    json::Value described = json::Value::object();
    described.set("name", field.name);
    described.set("label", field.label);
    described.set("mandatory", json::Value::boolean(field.mandatory));
    described.set("type", field_type(field));
    described.set("isunique", json::Value::boolean(false));
    described.set("nullable", json::Value::boolean(!field.mandatory));
    described.set("editable", json::Value::boolean(portal_field.editable));
    described.set("default", "");
    return described;
}

// Fields as an object keyed "0", "1", … in display order: the shape of
// capture 21 (Vtiger emits a PHP array with numeric keys).
json::Value describe_fields(const PortalModule& module)
{
    json::Value fields = json::Value::object();
    for (std::size_t i = 0; i < module.fields.size(); ++i)
        fields.set(std::to_string(i), describe_field(module.fields[i]));
    return fields;
}

}

// The module's describe reduced to the portal-visible fields (A.2.9).
base::Result<json::Value> describe_module(OperationContext& context)
{
    const PortalModule* module = context.settings.enabled_module(context.call.field("module").value_or(""));
    if (!module)
        return api_error("Module not accessible");
    json::Value describe = json::Value::object();
    describe.set("label", module->def->ui_label);
    describe.set("name", module->def->name);
    describe.set("createable", json::Value::boolean(module->create));
    describe.set("updateable", json::Value::boolean(module->edit));
    describe.set("deleteable", json::Value::boolean(false));
    describe.set("retrieveable", json::Value::boolean(true));
    describe.set("idPrefix", std::to_string(module->def->type_id));
    describe.set("isEntity", json::Value::boolean(true));
    describe.set("allowDuplicates", json::Value::boolean(true));
    describe.set("labelFields", module->def->label_fields);
    describe.set("fields", describe_fields(*module));
    json::Value result = json::Value::object();
    result.set("describe", std::move(describe));
    return result;
}

}
