#pragma once

#include "reference-crm/storage/database.h"

// The demo records of the modules beyond cases and FAQs, seeded after the
// contacts, products and cases they refer to. Each step is idempotent:
// records are found by their natural key and updated in place.
namespace refcrm::storage {

// Services, and quotes and invoices with line items and totals.
base::Result<void> seed_demo_sales(Connection& db, std::int64_t agent);
// Assets, projects with tasks and milestones, documents with their files.
base::Result<void> seed_demo_assets_projects(Connection& db, std::int64_t agent);
base::Result<void> seed_demo_documents(Connection& db, std::int64_t agent);
// Service contracts, and comments of the customer and the agent on projects.
base::Result<void> seed_demo_contracts_and_project_comments(Connection& db, std::int64_t agent);

// A lookup by natural key that must find its row ("seed.lookup" otherwise).
base::Result<std::int64_t> seed_lookup(Connection& db, const std::string& sql, const std::string& key);

}
