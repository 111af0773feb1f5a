#include "reference-crm/api/operation.h"
#include "reference-crm/api/record_labels.h"
#include "reference-crm/ws_id.h"

namespace refcrm::api {

namespace {

constexpr int k_recent_count = 5;

json::Value recent_item(const ModuleDef& module, const storage::Row& row)
{
    json::Value item = json::Value::object();
    item.set("label", row.text(1));
    if (module.name == "HelpDesk") {
        item.set("status", row.text(2));
        item.set("statuslabel", row.text(2));
        item.set("description", row.text(3));
    }
    item.set("id", format_ws_id(module.type_id, row.integer(0).value_or(0)));
    return item;
}

// The five most recently modified records of a module in the configured scope.
base::Result<json::Value> recent_of(OperationContext& context, const PortalModule& module)
{
    const ModuleDef& def = *module.def;
    ScopeClause scope = scope_clause(def, context.customer, module.configured_mode());
    std::string extra = def.name == "HelpDesk" ? ", r.status, r.description" : "";
    std::string sql = "SELECT r.id, " + label_sql(def.type_id) + extra + " FROM " + std::string(def.table)
        + " r WHERE (" + scope.sql + ") ORDER BY r.modified_at DESC, r.id DESC LIMIT " + std::to_string(k_recent_count);
    storage::Rows rows = TRY(context.db.query(sql, scope.params));
    json::Value items = json::Value::array();
    for (const auto& row : rows)
        items.push(recent_item(def, row));
    return items;
}

}

// [{"HelpDesk":[…]},{"Faq":[…]}] for each enabled home-page widget, in the
// order of the settings JSON (A.2.8).
base::Result<json::Value> fetch_recent_records(OperationContext& context)
{
    json::Value result = json::Value::array();
    auto widgets = json::parse(context.settings.widgets_json);
    const json::Value* modules = widgets.ok() ? widgets->find("widgets") : nullptr;
    if (!modules || !modules->is_object())
        return result;
    for (const auto& [name, flag] : modules->members()) {
        const PortalModule* module = context.settings.enabled_module(name);
        if (!module || !(flag.text() == "1" || flag.as_bool()))
            continue;
        json::Value entry = json::Value::object();
        entry.set(name, TRY(recent_of(context, *module)));
        result.push(std::move(entry));
    }
    return result;
}

}
