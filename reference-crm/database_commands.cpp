#include "base/log.h"
#include "reference-crm/admin/admin.h"
#include "reference-crm/commands.h"
#include "reference-crm/storage/migrations.h"
#include "reference-crm/storage/seed_demo.h"

#include <iostream>

namespace refcrm {

namespace {

constexpr const char* k_default_migrations = "reference-crm/migrations";

}

base::Result<void> run_migrate(const CommandLine& line)
{
    auto options = TRY(CommandOptions::parse(line.arguments, { "--migrations" }, 0));
    std::string folder = options.get("--migrations").value_or(k_default_migrations);
    int applied = TRY(storage::migrate(line.database, folder));
    std::cout << "database " << line.database.name << " at " << line.database.address() << ": applied " << applied
              << " migration(s), schema up to date\n";
    return {};
}

base::Result<void> run_seed(const CommandLine& line)
{
    auto options = TRY(CommandOptions::parse(line.arguments, { "--portal-fields" }, 1));
    if (options.positional().empty() || options.positional().front() != "demo")
        return base::Error(
            "usage", "the only data set is 'demo': reference-crm seed demo [--portal-fields vtiger-8.3]");
    auto fields = options.get("--portal-fields");
    if (fields && *fields != "vtiger-8.3")
        return base::Error("usage", "--portal-fields takes vtiger-8.3 (the portal fields a stock Vtiger 8.3 installs)");
    auto db = TRY(storage::Connection::open(line.database));
    TRY(storage::seed_demo(*db));
    if (fields)
        TRY(storage::use_vtiger_default_portal_fields(*db));
    std::cout << "demo data loaded into " << line.database.name << " at " << line.database.address() << "\n";
    return {};
}

base::Result<void> run_admin_command(const CommandLine& line)
{
    auto db = TRY(storage::Connection::open(line.database));
    return admin::run_admin(*db, line.arguments, std::cin, std::cout);
}

int exit_code_for(const base::Error& error) { return error.is("usage") ? 2 : 1; }

}
