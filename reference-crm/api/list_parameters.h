#pragma once

#include "reference-crm/api/operation.h"
#include "reference-crm/api/record_query.h"

namespace refcrm::api {

// The list parameters FetchRecords, FilterRecords and ExportRecords share
// (docs/json-api.md, Lists): mode, fields filters, groupConditions, orderBy and
// order. Field names are checked against the visible fields.
base::Result<ScopeMode> effective_mode(const ApiCall& call, const PortalModule& module);
base::Result<std::vector<FieldFilter>> parse_filters(const ApiCall& call, const PortalModule& module);
base::Result<bool> parse_group_any(const ApiCall& call);
base::Result<void> parse_order(const ApiCall& call, const PortalModule& module, RecordQuery& query);

// A query over the module's records in scope with the mode and filters of
// the call, without order or paging.
base::Result<RecordQuery> filtered_query(OperationContext& context, const PortalModule& module);

}
