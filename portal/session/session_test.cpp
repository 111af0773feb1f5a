#define BOOST_TEST_MODULE session
#include <boost/test/unit_test.hpp>

#include "portal/session/secrets.h"
#include "portal/session/session_store.h"

using namespace std::chrono_literals;

namespace {

crm::PortalModules modules_of(std::string contact_id)
{
    crm::PortalModules modules;
    modules.contact = { std::move(contact_id), "Mary Smith" };
    return modules;
}

}

BOOST_AUTO_TEST_CASE(sealed_secrets_open_only_unchanged)
{
    auto sealer = portal::SecretSealer::create();
    BOOST_TEST_REQUIRE(sealer.ok());
    std::string sealed = sealer->seal("Demo-Portal-1");
    BOOST_TEST(sealed.find("Demo-Portal-1") == std::string::npos);
    BOOST_TEST(*sealer->open(sealed) == "Demo-Portal-1");
    BOOST_TEST(sealer->seal("Demo-Portal-1") != sealed); // a fresh nonce each time
    sealed[sealed.size() / 2] ^= 1;
    BOOST_TEST(!sealer->open(sealed).ok());
    BOOST_TEST(!sealer->open("short").ok());
    auto other = portal::SecretSealer::create();
    BOOST_TEST(!other->open(sealer->seal("x")).ok());
}

BOOST_AUTO_TEST_CASE(every_login_gets_a_new_random_session)
{
    portal::SessionStore store({ 30min, 12h });
    auto first = store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    auto second = store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    BOOST_TEST(first->id() != second->id());
    BOOST_TEST(first->id().size() == 64u);
    BOOST_TEST(first->csrf_token() != first->id());
    BOOST_TEST(store.find(first->id()) == first);
    BOOST_TEST(store.find("nonsense") == nullptr);
    store.end(first->id());
    BOOST_TEST(store.find(first->id()) == nullptr);
    BOOST_TEST(store.find(second->id()) == second);
}

BOOST_AUTO_TEST_CASE(sessions_expire_when_idle_and_at_their_lifetime)
{
    auto now = portal::Clock::now();
    portal::SessionStore store({ 30min, 2h });
    store.set_clock_for_tests([&now] { return now; });
    auto session = store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    now += 29min;
    BOOST_TEST(store.find(session->id()) != nullptr);
    now += 29min;
    BOOST_TEST(store.find(session->id()) != nullptr); // kept alive by use
    now += 31min;
    BOOST_TEST(store.find(session->id()) == nullptr); // idle too long

    auto busy = store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    for (int i = 0; i < 4; ++i) {
        now += 25min;
        BOOST_TEST(store.find(busy->id()) != nullptr);
    }
    now += 25min;
    BOOST_TEST(store.find(busy->id()) == nullptr); // past the absolute lifetime
}

BOOST_AUTO_TEST_CASE(constant_time_comparison_compares)
{
    BOOST_TEST(portal::equal_in_constant_time("abc", "abc"));
    BOOST_TEST(!portal::equal_in_constant_time("abc", "abd"));
    BOOST_TEST(!portal::equal_in_constant_time("abc", "ab"));
    BOOST_TEST(!portal::equal_in_constant_time("", "x"));
}
