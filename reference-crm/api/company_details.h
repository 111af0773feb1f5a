#pragma once

#include "reference-crm/json.h"
#include "reference-crm/storage/database.h"

namespace refcrm::api {

// The company running the portal as FetchCompanyDetails answers it, in the
// key order of captures 15 and 16; with_mime adds the logo's "mime".
base::Result<json::Value> company_record(storage::Connection& db, bool with_mime);

}
