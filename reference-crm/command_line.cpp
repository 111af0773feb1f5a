#include "reference-crm/command_line.h"

#include "base/strings.h"
#include "reference-crm/admin/admin.h"

#include <algorithm>

namespace refcrm {

namespace {

base::Error usage_error(const std::string& message) { return base::Error("usage", message); }

// Splits "--name=value" or takes the next word as the value.
base::Result<std::pair<std::string, std::string>> take_option(const std::vector<std::string>& words, std::size_t& index)
{
    const std::string& word = words[index];
    std::size_t equals = word.find('=');
    if (equals != std::string::npos)
        return std::pair { word.substr(0, equals), word.substr(equals + 1) };
    if (index + 1 >= words.size())
        return usage_error("option " + word + " needs a value");
    ++index;
    return std::pair { word, words[index] };
}

base::Result<int> parse_port(const std::string& text)
{
    auto port = base::parse_int(text);
    if (!port || *port < 1 || *port > 65535)
        return usage_error("invalid database port '" + text + "'");
    return static_cast<int>(*port);
}

base::Result<void> apply_database_option(
    storage::DatabaseOptions& options, const std::string& name, const std::string& value)
{
    if (name == "--db-host")
        options.host = value;
    else if (name == "--db-port")
        options.port = TRY(parse_port(value));
    else if (name == "--db-user")
        options.user = value;
    else if (name == "--db-password")
        options.password = value;
    else if (name == "--db-name")
        options.name = value;
    else
        return usage_error("unknown option " + name);
    return {};
}

base::Result<storage::DatabaseOptions> options_from_environment(const EnvironmentLookup& environment)
{
    storage::DatabaseOptions options;
    options.host = environment("REFCRM_DB_HOST").value_or(options.host);
    if (auto port = environment("REFCRM_DB_PORT"))
        options.port = TRY(parse_port(*port));
    options.user = environment("REFCRM_DB_USER").value_or(options.user);
    options.password = environment("REFCRM_DB_PASSWORD").value_or(options.password);
    options.name = environment("REFCRM_DB_NAME").value_or(options.name);
    return options;
}

std::string indented(const std::string& lines)
{
    std::string text;
    for (const auto& line : base::split(lines, '\n')) {
        if (!line.empty())
            text += "    " + line + "\n";
    }
    return text;
}

}

base::Result<CommandLine> parse_command_line(
    const std::vector<std::string>& words, const EnvironmentLookup& environment)
{
    CommandLine line;
    line.database = TRY(options_from_environment(environment));
    std::size_t index = 0;
    for (; index < words.size() && words[index].starts_with("--"); ++index) {
        auto [name, value] = TRY(take_option(words, index));
        TRY(apply_database_option(line.database, name, value));
    }
    if (index >= words.size())
        return usage_error("no command given");
    line.command = words[index];
    line.arguments.assign(words.begin() + static_cast<long>(index) + 1, words.end());
    return line;
}

base::Result<CommandOptions> CommandOptions::parse(
    const std::vector<std::string>& arguments, const std::vector<std::string>& known, std::size_t positional)
{
    CommandOptions options;
    for (std::size_t index = 0; index < arguments.size(); ++index) {
        if (!arguments[index].starts_with("--")) {
            options.m_positional.push_back(arguments[index]);
            continue;
        }
        auto option = TRY(take_option(arguments, index));
        if (std::find(known.begin(), known.end(), option.first) == known.end())
            return usage_error("unknown option " + option.first);
        options.m_values.push_back(std::move(option));
    }
    if (options.m_positional.size() > positional)
        return usage_error("unexpected argument '" + options.m_positional[positional] + "'");
    return options;
}

std::optional<std::string> CommandOptions::get(const std::string& name) const
{
    for (auto value = m_values.rbegin(); value != m_values.rend(); ++value) {
        if (value->first == name)
            return value->second;
    }
    return std::nullopt;
}

std::string usage()
{
    return "usage: reference-crm [--db-host H] [--db-port P] [--db-user U] [--db-password W] [--db-name N] COMMAND\n"
           "  migrate [--migrations DIR]            create the database and apply migrations\n"
           "  seed demo [--portal-fields vtiger-8.3] load the demo data set (idempotent); with the option,\n"
           "                                        the portal fields a stock Vtiger 8.3 installs\n"
           "  serve --listen unix:PATH|HOST:PORT [--threads N] [--behave-as reference|vtiger-8.3]\n"
           "                                        answer the customer-portal JSON API over FastCGI\n"
           "  send-mail                             send the waiting mail of the outbox once (REFCRM_SMTP_HOST)\n"
           "  admin GROUP …                         portal settings and contacts' portal access:\n"
        + indented(admin::admin_usage())
        + "environment: REFCRM_DB_HOST REFCRM_DB_PORT REFCRM_DB_USER REFCRM_DB_PASSWORD REFCRM_DB_NAME\n"
          "             REFCRM_SMTP_HOST REFCRM_SMTP_PORT REFCRM_MAIL_FROM (serve sends the outbox when set)\n";
}

}
