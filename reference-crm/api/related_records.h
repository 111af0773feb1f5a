#pragma once

#include "reference-crm/api/operation.h"

namespace refcrm::api {

// FetchRelatedRecords for record lists (Documents of a case, project or FAQ,
// ProjectTask and ProjectMilestone of a project): the parent record must
// be reachable, the related records are those linked to it, newest first.
base::Result<json::Value> fetch_related_list(OperationContext& context, std::string_view related_module);

}
