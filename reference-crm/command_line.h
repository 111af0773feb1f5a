#pragma once

#include "base/result.h"
#include "reference-crm/storage/database.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace refcrm {

// "reference-crm [--db-host H] [--db-port P] [--db-user U] [--db-password W]
// [--db-name N] COMMAND ARGS…". Database options come from REFCRM_DB_*
// environment variables, overridden by the flags.
struct CommandLine {
    storage::DatabaseOptions database;
    std::string command;
    std::vector<std::string> arguments;
};

using EnvironmentLookup = std::function<std::optional<std::string>(const std::string&)>;

base::Result<CommandLine> parse_command_line(
    const std::vector<std::string>& words, const EnvironmentLookup& environment);

// Options after the command: "--name VALUE" or "--name=VALUE". Unknown
// options and stray words are errors that name them.
class CommandOptions {
public:
    static base::Result<CommandOptions> parse(
        const std::vector<std::string>& arguments, const std::vector<std::string>& known, std::size_t positional);

    std::optional<std::string> get(const std::string& name) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::vector<std::pair<std::string, std::string>> m_values;
    std::vector<std::string> m_positional;
};

std::string usage();

}
