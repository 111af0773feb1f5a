#include "reference-crm/api/record_labels.h"

#include "base/strings.h"
#include "reference-crm/api/module_catalog.h"

namespace refcrm::api {

namespace {

std::string table_of(int type_id)
{
    if (type_id == k_users_type)
        return "users";
    const ModuleDef* module = find_module_by_type(type_id);
    return module ? std::string(module->table) : std::string();
}

}

std::string label_sql(int type_id)
{
    if (type_id == k_users_type)
        return "CONCAT_WS(' ', NULLIF(r.first_name, ''), r.last_name)";
    const ModuleDef* module = find_module_by_type(type_id);
    if (!module)
        return "''";
    std::string sql = "CONCAT_WS(' '";
    for (const auto& name : base::split(module->label_fields, ',')) {
        if (const FieldDef* field = module->field(name))
            sql += ", NULLIF(" + std::string(field->column) + ", '')";
    }
    return sql + ")";
}

base::Result<std::string> record_label(storage::Connection& db, const WsId& id)
{
    std::string table = table_of(id.type_id);
    if (table.empty())
        return std::string();
    storage::Rows rows
        = TRY(db.query("SELECT " + label_sql(id.type_id) + " FROM " + table + " r WHERE r.id = ?", { id.row_id }));
    return rows.empty() ? std::string() : rows.front().text(0);
}

}
