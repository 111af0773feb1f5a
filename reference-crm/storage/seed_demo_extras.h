#pragma once

#include "reference-crm/storage/database.h"

namespace refcrm::storage {

// The parts of the demo that build on the seeded contacts and cases:
// portal-wide settings (shortcuts, widgets, detail tabs, company), case
// history, a comment attachment, FAQ comments and view counts. Idempotent.
base::Result<void> seed_demo_extras(Connection& db, std::int64_t agent);

}
