#pragma once

#include "reference-crm/api/module_catalog.h"
#include "reference-crm/json.h"
#include "reference-crm/storage/database.h"

#include <optional>

namespace refcrm::api {

// The "LineItems" array FetchRecord adds to a quote or invoice, as Vtiger
// builds with inventory line items send it (docs/json-api.md, Records): productid,
// quantity, listprice, discount_percent, discount_amount, netprice (after
// discount, before tax), tax_percent, tax_amount, comment, sequence_no, plus
// product_name and entity_type so that a client needs no call per line.
// nullopt for a module without line items.
base::Result<std::optional<json::Value>> line_items(
    storage::Connection& db, const ModuleDef& module, std::int64_t row_id);

}
