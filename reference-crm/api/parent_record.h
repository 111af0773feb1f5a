#pragma once

#include "reference-crm/api/operation.h"
#include "reference-crm/ws_id.h"

#include <optional>

namespace refcrm::api {

// The request's parentId, when sent: it must name a record of an enabled
// module inside the customer's scope, else 1412 "Parent record not
// Accessible" (docs/json-api.md, Records, A.2.15).
base::Result<std::optional<WsId>> checked_parent(OperationContext& context);

// Records reached through an in-scope parent: ProjectTask/ProjectMilestone
// narrow to the children of their Project; Documents become the active
// documents linked to the parent (how Vtiger reaches a case's documents).
void restrict_to_parent(ScopeClause& scope, const ModuleDef& module, const std::optional<WsId>& parent);

// The record exists, its module is enabled and it is in scope (through the
// checked parentId when one is sent); else 1412 "Record not Accessible".
base::Result<void> check_record_reachable(OperationContext& context, const WsId& id);

}
