#pragma once

#include "reference-crm/api/customer.h"
#include "reference-crm/api/module_catalog.h"
#include "reference-crm/storage/database.h"

#include <string>
#include <vector>

namespace refcrm::api {

// mine: the contact's records; all: the organisation's; subsidiaries: the
// organisation's and those of its member-of subsidiaries (a reference-CRM
// option, docs/json-api.md, Scope).
enum class ScopeMode { mine, all, subsidiaries };

// A WHERE condition over the module's table (alias "r") with its bound
// values: the records the customer may see.
struct ScopeClause {
    std::string sql;
    std::vector<storage::Param> params;
};

// The one place that decides what a contact may see (docs/json-api.md, Scope,
// A.8.3); every operation builds its queries on it. Denies by default.
ScopeClause scope_clause(const ModuleDef& module, const Customer& customer, ScopeMode mode);

// True when the record exists and is inside the customer's scope.
base::Result<bool> is_record_accessible(
    storage::Connection& db, const ModuleDef& module, const Customer& customer, ScopeMode mode, std::int64_t row_id);

}
