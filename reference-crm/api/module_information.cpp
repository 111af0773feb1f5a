#include "base/strings.h"
#include "reference-crm/api/envelope.h"
#include "reference-crm/api/operation.h"

namespace refcrm::api {

// Detail-page tabs of a module (A.2.14): History and ModComments always
// pass, other modules only when enabled. No settings row: result unset,
// which Vtiger sends as {"success":false,"error":null}.
base::Result<json::Value> fetch_related_modules(OperationContext& context)
{
    std::string name = context.call.field("module").value_or("");
    auto related = context.settings.enabled_module(name) ? context.settings.related_modules(name) : std::nullopt;
    if (!related)
        return base::Error(k_result_unset, "no related modules");
    json::Value result = json::Value::array();
    for (const auto& module : *related) {
        if (module == "History" || module == "ModComments" || context.settings.enabled_module(module))
            result.push(module);
    }
    return result;
}

// [{"HelpDesk":["ticket_title"]},…] for every enabled module (A.2.18).
base::Result<json::Value> fetch_label_fields(OperationContext& context)
{
    json::Value result = json::Value::array();
    for (std::string_view name : { "Contacts", "Accounts" }) {
        json::Value entry = json::Value::object();
        json::Value fields = json::Value::array();
        for (const auto& field : base::split(find_module(name)->label_fields, ','))
            fields.push(field);
        entry.set(std::string(name), std::move(fields));
        result.push(std::move(entry));
    }
    for (const PortalModule* module : context.settings.listed_modules()) {
        if (module->def->name == "Contacts" || module->def->name == "Accounts")
            continue;
        json::Value fields = json::Value::array();
        for (const auto& field : base::split(module->def->label_fields, ','))
            fields.push(field);
        json::Value entry = json::Value::object();
        entry.set(std::string(module->def->name), std::move(fields));
        result.push(std::move(entry));
    }
    return result;
}

}
