#include "reference-crm/api/full_record.h"

#include "reference-crm/api/record_labels.h"

namespace refcrm::api {

base::Result<std::optional<json::Value>> fetch_full_record(
    storage::Connection& db, const ModuleDef& module, const ScopeClause& scope, std::int64_t row_id)
{
    PortalModule everything;
    everything.def = &module;
    for (const auto& field : module.fields)
        everything.fields.push_back({ &field, false });
    RecordQuery query;
    query.module = &everything;
    query.scope = scope;
    query.only_id = row_id;
    auto records = TRY(select_records(db, query));
    if (records.empty())
        return std::optional<json::Value>();
    json::Value record = std::move(records.front());
    record.set("label", TRY(record_label(db, { module.type_id, row_id })));
    return std::optional<json::Value>(std::move(record));
}

}
