#pragma once

#include "reference-crm/storage/database.h"

namespace refcrm::storage {

// Loads the demo data set (seed_demo_data.h) into a migrated database.
// Idempotent: rows are found by their natural keys (user name, organisation
// and product name, contact e-mail, ticket title per contact, comment text
// per record, FAQ question) and updated, never duplicated.
base::Result<void> seed_demo(Connection& db);

// Sets the portal fields of every module to what a stock Vtiger 8.3 installs
// (Settings > Customer Portal untouched): a few fields per module, no case
// number, no times, no FAQ category, no totals. With serve --behave-as
// vtiger-8.3 the reference CRM then answers as a stock Vtiger does.
base::Result<void> use_vtiger_default_portal_fields(Connection& db);

}
