#pragma once

#include "reference-crm/api/api_call.h"
#include "reference-crm/api/record_query.h"
#include "reference-crm/ws_id.h"

namespace refcrm::api {

// page (default 0) and pageLimit (default 50, at most 100) as non-negative
// integers; anything else is a 1412 error (docs/json-api.md, Holes #4).
base::Result<Paging> parse_paging(const ApiCall& call);

// A record id field: missing or malformed → INVALID_ID_ATTRIBUTE.
base::Result<WsId> parse_record_id(const ApiCall& call, std::string_view field_name);

}
