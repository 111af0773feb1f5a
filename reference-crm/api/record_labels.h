#pragma once

#include "reference-crm/storage/database.h"
#include "reference-crm/ws_id.h"

#include <string>

namespace refcrm::api {

// The display label of a record or user ("Mary Smith", a ticket title…),
// used where Vtiger resolves references to {value,label}. Empty when the
// id names nothing.
base::Result<std::string> record_label(storage::Connection& db, const WsId& id);

// The SQL expression of a module's label over its table aliased "r".
std::string label_sql(int type_id);

}
