#pragma once

#include "reference-crm/storage/database.h"

#include <filesystem>
#include <string>
#include <vector>

namespace refcrm::storage {

struct MigrationFile {
    int version = 0;
    std::string name;
    std::filesystem::path path;
};

// The files NNN_name.sql of a folder, ordered by version; two files with
// one version are an error.
base::Result<std::vector<MigrationFile>> list_migrations(const std::filesystem::path& folder);

// Creates the database if missing, then applies in order every migration
// not yet recorded in schema_migrations. Returns how many were applied.
base::Result<int> migrate(const DatabaseOptions& options, const std::filesystem::path& folder);

}
