#pragma once

#include "reference-crm/api/record_query.h"

namespace refcrm::api {

// Every catalogue field of one record inside the scope, then "id" and
// "label": the shape of FetchProfile and of a Contacts/Accounts SaveRecord
// (captures 14, 133). Our catalogue holds only fields a customer may see
// (docs/json-api.md, Holes #14). nullopt when the record is out of scope.
base::Result<std::optional<json::Value>> fetch_full_record(
    storage::Connection& db, const ModuleDef& module, const ScopeClause& scope, std::int64_t row_id);

}
