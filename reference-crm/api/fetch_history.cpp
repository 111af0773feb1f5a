#include "reference-crm/api/api_error.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/record_labels.h"
#include "reference-crm/api/request_values.h"

#include <algorithm>
#include <map>

namespace refcrm::api {

namespace {

struct ChangeSet {
    std::int64_t id = 0;
    std::int64_t record_id = 0;
    std::optional<std::string> user_id;
    std::optional<std::string> contact_id;
    int status = 0;
    std::string changed_at;
    std::string label;
};

using Details = std::map<std::string, std::pair<std::optional<std::string>, std::optional<std::string>>>;

// Tracked: the module's detail page shows a History tab (A.3.5).
bool is_tracked(const PortalSettings& settings, std::string_view module)
{
    auto related = settings.related_modules(module);
    return related && std::find(related->begin(), related->end(), "History") != related->end();
}

std::string_view status_name(int status)
{
    static constexpr std::string_view k_names[] = { "updated", "deleted", "created", "restored", "link", "unlink" };
    return status >= 0 && status < 6 ? k_names[status] : "updated";
}

base::Result<std::vector<ChangeSet>> load_change_sets(
    OperationContext& context, const PortalModule& module, std::optional<std::int64_t> record, Paging paging)
{
    const ModuleDef& def = *module.def;
    ScopeClause scope = scope_clause(def, context.customer, module.configured_mode());
    std::vector<storage::Param> params { std::int64_t { def.type_id } };
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    std::string sql = "SELECT h.id, h.related_id, h.user_id, h.contact_id, h.status, "
                      "DATE_FORMAT(h.changed_at, '%Y-%m-%d %H:%i:%s'), "
        + label_sql(def.type_id) + " FROM history_changes h JOIN " + std::string(def.table)
        + " r ON r.id = h.related_id WHERE h.related_type_id = ? AND (" + scope.sql + ")";
    if (record) {
        sql += " AND r.id = ?";
        params.emplace_back(*record);
    }
    sql += " ORDER BY h.changed_at DESC, h.id DESC LIMIT ? OFFSET ?";
    params.emplace_back(paging.limit);
    params.emplace_back(paging.offset);
    storage::Rows rows = TRY(context.db.query(sql, params));
    std::vector<ChangeSet> sets;
    for (const auto& row : rows) {
        sets.push_back({ row.integer(0).value_or(0), row.integer(1).value_or(0), row.at(2), row.at(3),
            static_cast<int>(row.integer(4).value_or(0)), row.text(5), row.text(6) });
    }
    return sets;
}

// Owner and reference values are shown by name (A.2.16).
base::Result<json::Value> display_value(
    storage::Connection& db, const FieldDef& field, const std::optional<std::string>& value)
{
    if (!value)
        return json::Value();
    if (field.type != FieldType::owner && field.type != FieldType::reference)
        return json::Value(*value);
    auto id = parse_ws_id(*value);
    if (!id)
        return json::Value(*value);
    return json::Value(TRY(record_label(db, *id)));
}

base::Result<json::Value> change_values(storage::Connection& db, const PortalModule& module, std::int64_t change_id)
{
    storage::Rows rows = TRY(
        db.query("SELECT fieldname, prevalue, postvalue FROM history_details WHERE change_id = ?", { change_id }));
    Details details;
    for (const auto& row : rows)
        details[row.text(0)] = { row.at(1), row.at(2) };
    json::Value values = json::Value::object();
    for (const auto& visible : module.fields) {
        auto found = details.find(std::string(visible.field->name));
        if (found == details.end())
            continue;
        json::Value pair = json::Value::object();
        pair.set("previous", TRY(display_value(db, *visible.field, found->second.first)));
        pair.set("current", TRY(display_value(db, *visible.field, found->second.second)));
        values.set(found->first, std::move(pair));
    }
    return values;
}

base::Result<json::Value> modified_user(storage::Connection& db, const ChangeSet& set)
{
    WsId who = set.contact_id ? WsId { k_contacts_type, std::stoll(*set.contact_id) }
                              : WsId { k_users_type, set.user_id ? std::stoll(*set.user_id) : 0 };
    json::Value user = json::Value::object();
    user.set("value", who.to_string());
    user.set("label", TRY(record_label(db, who)));
    return user;
}

base::Result<std::optional<std::int64_t>> requested_record(OperationContext& context, const ModuleDef& def)
{
    std::string text = context.call.field("record").value_or("");
    if (text.empty())
        return std::optional<std::int64_t>();
    auto id = parse_ws_id(text);
    if (!id || id->row_id == 0 || id->type_id != def.type_id)
        return api_error("Record not accessible");
    return std::optional<std::int64_t>(id->row_id);
}

}

// Change sets of one record, or of every record of the module in scope,
// newest first, limited to portal-visible fields (A.2.16).
base::Result<json::Value> fetch_history(OperationContext& context)
{
    std::string name = context.call.field("module").value_or("");
    const PortalModule* module = context.settings.enabled_module(name);
    if (!module)
        return api_error("History not available for this module");
    if (!is_tracked(context.settings, name))
        return api_error("Module not tracked for changes.");
    auto record = TRY(requested_record(context, *module->def));
    ScopeMode mode = module->configured_mode();
    if (record && !TRY(is_record_accessible(context.db, *module->def, context.customer, mode, *record)))
        return api_error("Record not accessible");
    auto sets = TRY(load_change_sets(context, *module, record, TRY(parse_paging(context.call))));
    json::Value history = json::Value::array();
    for (const auto& set : sets) {
        json::Value values = TRY(change_values(context.db, *module, set.id));
        if (values.members().empty())
            continue;
        json::Value entry = json::Value::object();
        entry.set("modifieduser", TRY(modified_user(context.db, set)));
        entry.set("id", format_ws_id(module->def->type_id, set.record_id));
        entry.set("modifiedtime", set.changed_at);
        entry.set("values", std::move(values));
        entry.set("status", status_name(set.status));
        entry.set("label", set.label);
        history.push(std::move(entry));
    }
    json::Value result = json::Value::object();
    result.set("history", std::move(history));
    return result;
}

}
