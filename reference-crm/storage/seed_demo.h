#pragma once

#include "reference-crm/storage/database.h"

namespace refcrm::storage {

// Loads the demo data set (seed_demo_data.h) into a migrated database.
// Idempotent: rows are found by their natural keys (user name, organisation
// and product name, contact e-mail, ticket title per contact, comment text
// per record, FAQ question) and updated, never duplicated.
base::Result<void> seed_demo(Connection& db);

}
