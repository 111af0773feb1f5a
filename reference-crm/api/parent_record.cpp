#include "reference-crm/api/parent_record.h"

#include "reference-crm/api/api_error.h"

namespace refcrm::api {

base::Result<std::optional<WsId>> checked_parent(OperationContext& context)
{
    std::string text = context.call.field("parentId").value_or("");
    if (text.empty())
        return std::optional<WsId>();
    auto parent_id = parse_ws_id(text);
    const ModuleDef* parent_def = parent_id ? find_module_by_type(parent_id->type_id) : nullptr;
    const PortalModule* parent = parent_def ? context.settings.enabled_module(parent_def->name) : nullptr;
    if (!parent)
        return api_error("Parent record not Accessible");
    bool visible = TRY(
        is_record_accessible(context.db, *parent->def, context.customer, parent->configured_mode(), parent_id->row_id));
    if (!visible)
        return api_error("Parent record not Accessible");
    return parent_id;
}

void restrict_to_parent(ScopeClause& scope, const ModuleDef& module, const std::optional<WsId>& parent)
{
    if (parent && module.type_id == k_documents_type) {
        scope.sql = "r.active = 1 AND r.id IN (SELECT l.document_id FROM document_links l "
                    "WHERE l.related_type_id = ? AND l.related_id = ?)";
        scope.params.clear();
        scope.params.emplace_back(std::int64_t { parent->type_id });
        scope.params.emplace_back(parent->row_id);
        return;
    }
    if (!parent || module.parent_type == 0)
        return;
    if (parent->type_id != module.parent_type) {
        scope.sql = "1 = 0";
        scope.params.clear();
        return;
    }
    scope.sql = "(" + scope.sql + ") AND " + std::string(module.parent_column) + " = ?";
    scope.params.emplace_back(parent->row_id);
}

}

namespace refcrm::api {

base::Result<void> check_record_reachable(OperationContext& context, const WsId& id)
{
    const ModuleDef* def = find_module_by_type(id.type_id);
    const PortalModule* module = def ? context.settings.enabled_module(def->name) : nullptr;
    if (!module || id.row_id == 0)
        return api_error("Record not Accessible");
    auto parent = TRY(checked_parent(context));
    ScopeClause scope = scope_clause(*def, context.customer, module->configured_mode());
    restrict_to_parent(scope, *def, parent);
    std::string sql = "SELECT 1 FROM " + std::string(def->table) + " r WHERE r.id = ? AND (" + scope.sql + ")";
    std::vector<storage::Param> params;
    params.emplace_back(id.row_id);
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    storage::Rows rows = TRY(context.db.query(sql, params));
    if (rows.empty())
        return api_error("Record not Accessible");
    return {};
}

}
