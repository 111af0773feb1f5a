#pragma once

#include "crm-connector/crm_records.h"

#include <string>
#include <string_view>
#include <vector>

namespace portal {

struct CaseListQuery;

// "Open" as a customer understands it: every status but the closing ones.
// Vtiger's stock closing status is "Closed"; many CRMs add "Resolved".
bool is_closed_status(std::string_view status);

// The filters the CRM cannot apply: FetchRecords and ExportRecords compare
// whole values only (docs/json-api.md, Lists), so "not closed" and "contains"
// are checked here, on the cases the CRM already scoped.
bool matches_locally(const crm::Record& record, const CaseListQuery& query);

}
