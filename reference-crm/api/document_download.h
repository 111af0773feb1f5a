#pragma once

#include "reference-crm/api/operation.h"

namespace refcrm::api {

// DownloadFile of a document (A.2.23, captures 106, 108): the active
// document must be in scope, or linked to the checked parentId. Counts the
// download. External documents answer with null name and no contents.
base::Result<json::Value> download_document(OperationContext& context);

}
