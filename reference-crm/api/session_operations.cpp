#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/ws_id.h"

namespace refcrm::api {

namespace {

json::Value reference_value(json::Value value, std::string label)
{
    json::Value reference = json::Value::object();
    reference.set("value", std::move(value));
    reference.set("label", std::move(label));
    return reference;
}

json::Value flag(bool on) { return on ? "1" : "0"; }

json::Value module_information(const PortalModule& module)
{
    json::Value information = json::Value::object();
    information.set("name", module.def->name);
    information.set("label", module.def->label());
    information.set("uiLabel", module.def->ui_label);
    information.set("order", std::to_string(module.sequence));
    information.set("create", flag(module.create));
    information.set("edit", flag(module.edit));
    information.set("recordvisibility", flag(module.records_visible_all));
    return information;
}

json::Value modules_value(const PortalSettings& settings)
{
    json::Value types = json::Value::array();
    json::Value information = json::Value::object();
    for (const PortalModule* module : settings.listed_modules()) {
        types.push(module->def->name);
        information.set(std::string(module->def->name), module_information(*module));
    }
    json::Value modules = json::Value::object();
    modules.set("types", std::move(types));
    modules.set("information", std::move(information));
    return modules;
}

}

base::Result<json::Value> ping(OperationContext&) { return json::Value("login success"); }

// Who the customer is, the organisation, the default assignee and the
// enabled modules (docs/json-api.md, Operations, capture 13).
base::Result<json::Value> fetch_modules(OperationContext& context)
{
    const Customer& customer = context.customer;
    json::Value result = json::Value::object();
    result.set(
        "contact_id", reference_value(format_ws_id(k_contacts_type, customer.contact_id), customer.contact_name));
    if (customer.organisation_id) {
        result.set("account_id",
            reference_value(format_ws_id(k_accounts_type, *customer.organisation_id), customer.organisation_name));
    }
    const auto& assignee = context.settings.default_assignee;
    result.set("user_id",
        reference_value(assignee ? json::Value(format_ws_id(k_users_type, *assignee)) : json::Value(),
            context.settings.default_assignee_name));
    result.set("modules", modules_value(context.settings));
    return result;
}

// Login: login_time = now. Logout: last_login_time = login_time,
// logout_time = now (docs/json-api.md, Operations).
base::Result<json::Value> update_login_details(OperationContext& context)
{
    std::string status = context.call.field("status").value_or("");
    std::string statement;
    if (status == "Login")
        statement = "UPDATE portal_logins SET login_time = NOW() WHERE contact_id = ?";
    else if (status == "Logout")
        statement = "UPDATE portal_logins SET last_login_time = login_time, logout_time = NOW() WHERE contact_id = ?";
    else
        return api_error("Invalid status");
    TRY(context.db.update(statement, { context.customer.contact_id }));
    // Extension fields: the portal reports the customer's browser and address.
    std::string browser = context.call.field("browser").value_or("").substr(0, 255);
    std::string address = context.call.field("address").value_or("").substr(0, 64);
    TRY(context.db.update("INSERT INTO login_history (contact_id, event, browser, address) VALUES (?, ?, ?, ?)",
        { context.customer.contact_id, status, browser, address }));
    return json::Value::boolean(true);
}

}
