#define BOOST_TEST_MODULE mariadb_session_store
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "portal/session/mariadb_session_store.h"

#include <cstdlib>

// Runs against a real MariaDB named by PORTAL_TEST_SESSION_DB_HOST/PORT/USER/
// PASSWORD/NAME (./portalctl test sets them); skipped without them.

namespace utf = boost::unit_test;
using namespace std::chrono_literals;

namespace {

std::string env_or(const char* name, std::string fallback)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : fallback;
}

portal::MariaDbSessionOptions test_database()
{
    portal::MariaDbSessionOptions options;
    options.host = env_or("PORTAL_TEST_SESSION_DB_HOST", "127.0.0.1");
    options.port = static_cast<int>(base::parse_int(env_or("PORTAL_TEST_SESSION_DB_PORT", "3306")).value_or(3306));
    options.user = env_or("PORTAL_TEST_SESSION_DB_USER", "portal");
    options.password = env_or("PORTAL_TEST_SESSION_DB_PASSWORD", "");
    options.database = env_or("PORTAL_TEST_SESSION_DB_NAME", "portal_sessions_unit");
    return options;
}

boost::test_tools::assertion_result database_configured(utf::test_unit_id)
{
    boost::test_tools::assertion_result result(std::getenv("PORTAL_TEST_SESSION_DB_PORT") != nullptr);
    result.message() << "skipped: set PORTAL_TEST_SESSION_DB_PORT to run against a MariaDB";
    return result;
}

crm::PortalModules modules_of(std::string contact_id)
{
    crm::PortalModules modules;
    modules.contact = { std::move(contact_id), "Mary Smith" };
    modules.modules.push_back({ "HelpDesk", "HelpDesk", "Tickets", 1, true, true, false });
    return modules;
}

// Two nodes sharing one table, on one test clock (seconds since the epoch).
struct TwoNodes {
    std::int64_t now = 1'800'000'000;
    std::unique_ptr<portal::MariaDbSessionStore> first;
    std::unique_ptr<portal::MariaDbSessionStore> second;

    TwoNodes()
    {
        first = portal::MariaDbSessionStore::create(test_database(), { 30min, 2h }).release_value();
        second = portal::MariaDbSessionStore::create(test_database(), { 30min, 2h }).release_value();
        first->set_clock_for_tests([this] { return now; });
        second->set_clock_for_tests([this] { return now; });
    }

    std::shared_ptr<portal::Session> start(const std::string& username)
    {
        return *first->start(portal::Session(username, "sealed\tbytes\n", "de_de", modules_of("12x1")));
    }
};

}

BOOST_AUTO_TEST_CASE(a_session_started_on_one_node_is_found_on_the_other, *utf::precondition(database_configured))
{
    TwoNodes nodes;
    auto session = nodes.start("mary@x");
    auto found = nodes.second->find(session->id());
    BOOST_TEST_REQUIRE(found != nullptr);
    BOOST_TEST(found->csrf_token() == session->csrf_token());
    BOOST_TEST(found->username() == "mary@x");
    BOOST_TEST(found->sealed_password() == "sealed\tbytes\n");
    BOOST_TEST(found->language() == "de_de");
    BOOST_TEST(found->modules().modules.at(0).ui_label == "Tickets");
    BOOST_TEST(nodes.second->find("not-a-session") == nullptr);
    nodes.second->end(session->id());
    BOOST_TEST(nodes.first->find(session->id()) == nullptr); // a logout on one node ends it on all
}

BOOST_AUTO_TEST_CASE(sessions_expire_when_idle_and_at_their_lifetime, *utf::precondition(database_configured))
{
    TwoNodes nodes;
    auto idle = nodes.start("mary@x");
    nodes.now += 29 * 60;
    BOOST_TEST(nodes.second->find(idle->id()) != nullptr);
    nodes.now += 29 * 60;
    BOOST_TEST(nodes.first->find(idle->id()) != nullptr); // kept alive by use on the other node
    nodes.now += 31 * 60;
    BOOST_TEST(nodes.first->find(idle->id()) == nullptr);
    BOOST_TEST(nodes.second->find(idle->id()) == nullptr);

    auto busy = nodes.start("mary@x");
    for (int i = 0; i < 4; ++i) {
        nodes.now += 25 * 60;
        BOOST_TEST(nodes.second->find(busy->id()) != nullptr);
    }
    nodes.now += 25 * 60;
    BOOST_TEST(nodes.second->find(busy->id()) == nullptr); // past the absolute lifetime
}

BOOST_AUTO_TEST_CASE(ending_the_others_keeps_only_the_named_session, *utf::precondition(database_configured))
{
    TwoNodes nodes;
    auto phone = nodes.start("Mary@X");
    auto laptop = nodes.start("mary@x");
    auto peter = nodes.start("peter@x");
    BOOST_TEST(nodes.second->find(phone->id()) != nullptr);
    nodes.first->end_others("mary@x", laptop->id());
    BOOST_TEST(nodes.second->find(phone->id()) == nullptr);
    BOOST_TEST(nodes.second->find(laptop->id()) != nullptr);
    BOOST_TEST(nodes.second->find(peter->id()) != nullptr);
}
