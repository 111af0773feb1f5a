#pragma once

#include "reference-crm/api/operation.h"
#include "reference-crm/ws_id.h"

namespace refcrm::api {

// Comments exist on cases (in scope) and FAQs (published); the id's type
// decides which, not a module parameter (docs/json-api.md, Holes #8). Used before
// comments are read, written or downloaded.
base::Result<void> check_commented_record(OperationContext& context, const WsId& id);

}
