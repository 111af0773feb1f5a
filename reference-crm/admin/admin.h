#pragma once

#include "base/result.h"
#include "reference-crm/storage/database.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace refcrm::admin {

// "reference-crm admin GROUP …": the settings Vtiger keeps under Settings ›
// Customer Portal, and the contacts' portal access. A whole command runs in
// one transaction, and its output is written only after the commit, so a
// failed command has changed nothing and printed nothing but its error.
// Error codes: "usage" (bad arguments; the message ends with the usage
// line), "admin.unknown" (no such contact, module, field or user),
// "admin.refused" (a change the portal's rules do not allow), or the
// database's own.
base::Result<void> run_admin(
    storage::Connection& db, const std::vector<std::string>& arguments, std::istream& in, std::ostream& out);

// Every admin command, one per line.
std::string admin_usage();

}
