#pragma once

#include "reference-crm/storage/database.h"
#include "reference-crm/ws_id.h"

#include <optional>
#include <string>
#include <vector>

namespace refcrm::api {

// One changed field, values as the API shows them (references as ws ids).
struct FieldChange {
    std::string field;
    std::optional<std::string> previous;
    std::optional<std::string> current;
};

// Vtiger's vtiger_modtracker_basic.status values that we write.
enum class ChangeStatus { updated = 0, created = 2 };

// Who made a change: a CRM user or a portal contact.
struct ChangeAuthor {
    std::optional<std::int64_t> user_id;
    std::optional<std::int64_t> contact_id;
};

// Appends a change set to the record's history (modtracker-like); a change
// with no changed field is not recorded.
base::Result<void> record_change(storage::Connection& db, const WsId& record, const ChangeAuthor& author,
    ChangeStatus status, const std::vector<FieldChange>& changes);

}
