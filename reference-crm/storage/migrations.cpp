#include "reference-crm/storage/migrations.h"

#include "base/log.h"
#include "base/strings.h"
#include "reference-crm/storage/sql_script.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace refcrm::storage {

namespace {

std::optional<MigrationFile> migration_from_file_name(const std::filesystem::path& path)
{
    std::string file = path.filename().string();
    if (file.size() < 9 || file[3] != '_' || !file.ends_with(".sql"))
        return std::nullopt;
    auto version = base::parse_int(file.substr(0, 3));
    if (!version || file[0] == '-' || file[0] == '+')
        return std::nullopt;
    return MigrationFile { static_cast<int>(*version), file.substr(4, file.size() - 8), path };
}

base::Result<std::string> read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return base::Error("migrate.read", "cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

base::Result<void> create_database(const DatabaseOptions& options)
{
    std::string name = TRY(quote_identifier(options.name));
    auto server = TRY(Connection::open(options, false));
    return server->execute(
        "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
}

base::Result<std::set<int>> applied_versions(Connection& connection)
{
    TRY(connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                           "version INT NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, "
                           "applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
    Rows rows = TRY(connection.query("SELECT version FROM schema_migrations"));
    std::set<int> versions;
    for (const auto& row : rows)
        versions.insert(static_cast<int>(row.integer(0).value_or(-1)));
    return versions;
}

base::Result<void> apply(Connection& connection, const MigrationFile& migration)
{
    std::string script = TRY(read_file(migration.path));
    for (const auto& statement : split_sql_statements(script)) {
        auto done = connection.execute(statement);
        if (!done.ok())
            return base::Error("migrate.apply", migration.path.filename().string() + ": " + done.error().message());
    }
    TRY(connection.update("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
        { std::int64_t { migration.version }, migration.name }));
    base::log::info("migrate", "applied " + migration.path.filename().string());
    return {};
}

}

base::Result<std::vector<MigrationFile>> list_migrations(const std::filesystem::path& folder)
{
    std::error_code error;
    std::vector<MigrationFile> migrations;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (auto migration = migration_from_file_name(entry.path()))
            migrations.push_back(*migration);
    }
    if (error)
        return base::Error(
            "migrate.folder", "cannot read migrations folder " + folder.string() + ": " + error.message());
    std::sort(migrations.begin(), migrations.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    for (std::size_t i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version == migrations[i - 1].version)
            return base::Error(
                "migrate.folder", "two migrations with version " + std::to_string(migrations[i].version));
    }
    return migrations;
}

base::Result<int> migrate(const DatabaseOptions& options, const std::filesystem::path& folder)
{
    auto migrations = TRY(list_migrations(folder));
    TRY(create_database(options));
    auto connection = TRY(Connection::open(options));
    auto applied = TRY(applied_versions(*connection));
    int count = 0;
    for (const auto& migration : migrations) {
        if (applied.contains(migration.version))
            continue;
        TRY(apply(*connection, migration));
        ++count;
    }
    return count;
}

}
