#pragma once

#include "reference-crm/api/portal_settings.h"
#include "reference-crm/json.h"

#include <optional>
#include <string>
#include <vector>

namespace refcrm::api {

struct FieldFilter {
    const FieldDef* field = nullptr;
    std::string value;
};

struct Paging {
    std::int64_t offset = 0;
    std::int64_t limit = 50;
};

// A read of records of one module inside a scope. Field names were checked
// against the visible fields before they got here; values are bound.
struct RecordQuery {
    const PortalModule* module = nullptr;
    ScopeClause scope;
    std::vector<FieldFilter> filters;
    bool filters_any = false; // groupConditions=OR
    const FieldDef* order_by = nullptr; // nullptr: modification time
    bool ascending = false;
    std::optional<Paging> paging;
    std::optional<std::int64_t> only_id;
};

// Records as API objects: the visible fields in fieldinfo order, then "id".
base::Result<std::vector<json::Value>> select_records(storage::Connection& db, const RecordQuery& query);
// How many records match, ignoring paging and order.
base::Result<std::int64_t> count_records(storage::Connection& db, const RecordQuery& query);

}
