#include "reference-crm/api/operation.h"

namespace refcrm::api {

namespace {

// Enabled keys of one module's shortcut object; create-ticket only when
// tickets may be created (A.2.7).
json::Value enabled_shortcuts(const PortalModule& module, const json::Value& keys)
{
    json::Value names = json::Value::array();
    for (const auto& [key, flag] : keys.members()) {
        if (!(flag.text() == "1" || flag.as_bool()))
            continue;
        if (key == "LBL_CREATE_TICKET" && !module.create)
            continue;
        names.push(key);
    }
    return names;
}

}

// {"announcement":"…"} or null when none is set (A.2.6).
base::Result<json::Value> fetch_announcement(OperationContext& context)
{
    json::Value result = json::Value::object();
    const auto& text = context.settings.announcement;
    result.set("announcement", text ? json::Value(*text) : json::Value());
    return result;
}

// {"shortcuts":[{"HelpDesk":["LBL_CREATE_TICKET",…]},…]} from the settings
// JSON, dropping disabled keys and modules (A.2.7).
base::Result<json::Value> fetch_shortcuts(OperationContext& context)
{
    json::Value list = json::Value::array();
    auto parsed = json::parse(context.settings.shortcuts_json);
    if (parsed.ok() && parsed->is_object()) {
        for (const auto& [name, keys] : parsed->members()) {
            const PortalModule* module = context.settings.enabled_module(name);
            if (!module || !keys.is_object())
                continue;
            json::Value names = enabled_shortcuts(*module, keys);
            if (names.items().empty())
                continue;
            json::Value entry = json::Value::object();
            entry.set(name, std::move(names));
            list.push(std::move(entry));
        }
    }
    json::Value result = json::Value::object();
    result.set("shortcuts", std::move(list));
    return result;
}

}
