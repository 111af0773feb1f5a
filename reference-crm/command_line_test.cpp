#define BOOST_TEST_MODULE command_line
#include <boost/test/unit_test.hpp>

#include "reference-crm/command_line.h"
#include "reference-crm/storage/sql_script.h"

#include <map>

using refcrm::CommandOptions;
using refcrm::parse_command_line;

namespace {

refcrm::EnvironmentLookup environment(std::map<std::string, std::string> values)
{
    return [values](const std::string& name) -> std::optional<std::string> {
        auto found = values.find(name);
        if (found == values.end())
            return std::nullopt;
        return found->second;
    };
}

}

BOOST_AUTO_TEST_CASE(defaults_without_environment)
{
    auto line = parse_command_line({ "migrate" }, environment({}));
    BOOST_REQUIRE(line.ok());
    BOOST_TEST(line->database.address() == "127.0.0.1:3306");
    BOOST_TEST(line->database.user == "root");
    BOOST_TEST(line->database.name == "refcrm");
    BOOST_TEST(line->command == "migrate");
}

BOOST_AUTO_TEST_CASE(flags_override_the_environment)
{
    auto line = parse_command_line({ "--db-port", "3407", "--db-name=other", "serve", "--listen", "unix:/x" },
        environment({ { "REFCRM_DB_PORT", "3307" }, { "REFCRM_DB_HOST", "db" }, { "REFCRM_DB_PASSWORD", "pw" } }));
    BOOST_REQUIRE(line.ok());
    BOOST_TEST(line->database.address() == "db:3407");
    BOOST_TEST(line->database.password == "pw");
    BOOST_TEST(line->database.name == "other");
    BOOST_TEST(line->command == "serve");
    BOOST_TEST(line->arguments.size() == 2u);
}

BOOST_AUTO_TEST_CASE(reports_bad_input)
{
    BOOST_TEST(!parse_command_line({}, environment({})).ok());
    BOOST_TEST(!parse_command_line({ "--db-port", "x", "migrate" }, environment({})).ok());
    BOOST_TEST(!parse_command_line({ "--db-port" }, environment({})).ok());
    BOOST_TEST(!parse_command_line({ "--colour", "red", "migrate" }, environment({})).ok());
    BOOST_TEST(!parse_command_line({ "migrate" }, environment({ { "REFCRM_DB_PORT", "70000" } })).ok());
}

BOOST_AUTO_TEST_CASE(command_options)
{
    auto options
        = CommandOptions::parse({ "--listen", "127.0.0.1:9000", "--threads=2" }, { "--listen", "--threads" }, 0);
    BOOST_REQUIRE(options.ok());
    BOOST_TEST(*options->get("--listen") == "127.0.0.1:9000");
    BOOST_TEST(*options->get("--threads") == "2");
    BOOST_TEST(!CommandOptions::parse({ "--other", "1" }, { "--listen" }, 0).ok());
    BOOST_TEST(!CommandOptions::parse({ "demo", "extra" }, {}, 1).ok());
}

BOOST_AUTO_TEST_CASE(splits_migration_scripts)
{
    auto statements = refcrm::storage::split_sql_statements(
        "-- comment; with semicolon\nCREATE TABLE a (x INT);\n/* block; */INSERT INTO a VALUES ('a;b'), ('it''s');\n"
        "INSERT INTO a VALUES (\"q\\\";\")  ;  ;\n");
    BOOST_REQUIRE(statements.size() == 3u);
    BOOST_TEST(statements[0] == "CREATE TABLE a (x INT)");
    BOOST_TEST(statements[1] == "INSERT INTO a VALUES ('a;b'), ('it''s')");
    BOOST_TEST(statements[2] == "INSERT INTO a VALUES (\"q\\\";\")");
}
