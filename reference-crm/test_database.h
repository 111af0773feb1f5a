#pragma once

#include "base/strings.h"
#include "reference-crm/api/api_handler.h"
#include "reference-crm/storage/migrations.h"
#include "reference-crm/storage/seed_demo.h"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>

// For the tests that run against a real MariaDB named by
// REFCRM_TEST_DB_HOST/PORT/USER/PASSWORD and REFCRM_TEST_DB_NAME (default
// refcrm_test): the database migrated and seeded once, a connection to it
// and the API on a pool of connections.
namespace refcrm::test {

inline std::string env_or(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : fallback;
}

inline storage::DatabaseOptions test_database()
{
    storage::DatabaseOptions options;
    options.host = env_or("REFCRM_TEST_DB_HOST", "127.0.0.1");
    options.port = static_cast<int>(base::parse_int(env_or("REFCRM_TEST_DB_PORT", "3306")).value_or(3306));
    options.user = env_or("REFCRM_TEST_DB_USER", "root");
    options.password = env_or("REFCRM_TEST_DB_PASSWORD", "");
    options.name = env_or("REFCRM_TEST_DB_NAME", "refcrm_test");
    return options;
}

struct Stack {
    std::unique_ptr<storage::ConnectionPool> pool;
    std::unique_ptr<api::ApiHandler> handler;
    std::unique_ptr<storage::Connection> db;
};

inline Stack& stack()
{
    static Stack instance = [] {
        auto options = test_database();
        auto migrated = storage::migrate(options, "reference-crm/migrations");
        if (!migrated.ok())
            throw std::runtime_error(migrated.error().message());
        Stack made;
        made.db = storage::Connection::open(options).release_value();
        if (auto seeded = storage::seed_demo(*made.db); !seeded.ok())
            throw std::runtime_error(seeded.error().message());
        made.pool = storage::ConnectionPool::create(options, 2).release_value();
        made.handler = std::make_unique<api::ApiHandler>(*made.pool, api::Authenticator::create().release_value());
        return made;
    }();
    return instance;
}

struct Login {
    std::string user;
    std::string password;
};

// One API call as the login, with the Basic header and the form fields.
inline api::ApiReply call(const Login& login, std::multimap<std::string, std::string> form)
{
    api::ApiCall request;
    request.authorization = "Basic " + base::base64_encode(login.user + ":" + login.password);
    form.emplace("username", login.user);
    form.emplace("password", login.password);
    request.form = std::move(form);
    return stack().handler->handle(request);
}

inline boost::test_tools::assertion_result database_configured(boost::unit_test::test_unit_id)
{
    boost::test_tools::assertion_result result(std::getenv("REFCRM_TEST_DB_PORT") != nullptr);
    result.message() << "skipped: set REFCRM_TEST_DB_PORT to run against a MariaDB";
    return result;
}

}
