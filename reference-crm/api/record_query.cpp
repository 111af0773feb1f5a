#include "reference-crm/api/record_query.h"

#include "reference-crm/ws_id.h"

namespace refcrm::api {

namespace {

struct SqlParts {
    std::string sql;
    std::vector<storage::Param> params;
};

// Scope first and always ANDed with the filters as a group, so that
// groupConditions=OR cannot widen the scope (docs/json-api.md, Holes #5).
SqlParts where_clause(const RecordQuery& query)
{
    SqlParts where { " WHERE (" + query.scope.sql + ")", query.scope.params };
    if (query.only_id) {
        where.sql += " AND r.id = ?";
        where.params.emplace_back(*query.only_id);
    }
    if (query.filters.empty())
        return where;
    where.sql += " AND (";
    for (std::size_t i = 0; i < query.filters.size(); ++i) {
        if (i > 0)
            where.sql += query.filters_any ? " OR " : " AND ";
        where.sql += "COALESCE(" + value_sql(*query.filters[i].field) + ", '') = ?";
        where.params.emplace_back(query.filters[i].value);
    }
    where.sql += ")";
    return where;
}

std::string order_clause(const RecordQuery& query)
{
    std::string direction = query.ascending ? " ASC" : " DESC";
    std::string key = query.order_by ? value_sql(*query.order_by) : "r.modified_at";
    return " ORDER BY " + key + direction + ", r.id" + direction;
}

std::string select_list(const RecordQuery& query)
{
    std::string list;
    for (const auto& field : query.module->fields)
        list += value_sql(*field.field) + ", ";
    return list + "r.id";
}

json::Value record_from_row(const RecordQuery& query, const storage::Row& row)
{
    json::Value record = json::Value::object();
    const auto& fields = query.module->fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& cell = row.at(i);
        record.set(std::string(fields[i].field->name), cell ? json::Value(*cell) : json::Value());
    }
    record.set("id", format_ws_id(query.module->def->type_id, row.integer(fields.size()).value_or(0)));
    return record;
}

}

base::Result<std::vector<json::Value>> select_records(storage::Connection& db, const RecordQuery& query)
{
    SqlParts where = where_clause(query);
    std::string sql = "SELECT " + select_list(query) + " FROM " + std::string(query.module->def->table) + " r"
        + where.sql + order_clause(query);
    if (query.paging) {
        sql += " LIMIT ? OFFSET ?";
        where.params.emplace_back(query.paging->limit);
        where.params.emplace_back(query.paging->offset);
    }
    storage::Rows rows = TRY(db.query(sql, where.params));
    std::vector<json::Value> records;
    records.reserve(rows.size());
    for (const auto& row : rows)
        records.push_back(record_from_row(query, row));
    return records;
}

base::Result<std::int64_t> count_records(storage::Connection& db, const RecordQuery& query)
{
    SqlParts where = where_clause(query);
    std::string sql = "SELECT COUNT(*) FROM " + std::string(query.module->def->table) + " r" + where.sql;
    storage::Rows rows = TRY(db.query(sql, where.params));
    return rows.empty() ? 0 : rows.front().integer(0).value_or(0);
}

}
