#define BOOST_TEST_MODULE session
#include <boost/test/unit_test.hpp>

#include "portal/session/secrets.h"
#include "portal/session/session_store.h"

#include <filesystem>
#include <fstream>

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
    portal::MemorySessionStore store({ 30min, 12h });
    auto first = *store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    auto second = *store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
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
    portal::MemorySessionStore store({ 30min, 2h });
    store.set_clock_for_tests([&now] { return now; });
    auto session = *store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    now += 29min;
    BOOST_TEST(store.find(session->id()) != nullptr);
    now += 29min;
    BOOST_TEST(store.find(session->id()) != nullptr); // kept alive by use
    now += 31min;
    BOOST_TEST(store.find(session->id()) == nullptr); // idle too long

    auto busy = *store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    for (int i = 0; i < 4; ++i) {
        now += 25min;
        BOOST_TEST(store.find(busy->id()) != nullptr);
    }
    now += 25min;
    BOOST_TEST(store.find(busy->id()) == nullptr); // past the absolute lifetime
}

BOOST_AUTO_TEST_CASE(ending_the_others_keeps_only_the_named_session)
{
    portal::MemorySessionStore store({ 30min, 12h });
    auto phone = *store.start(portal::Session("Mary@X", "sealed", "en_us", modules_of("12x1")));
    auto laptop = *store.start(portal::Session("mary@x", "sealed", "en_us", modules_of("12x1")));
    auto peter = *store.start(portal::Session("peter@x", "sealed", "en_us", modules_of("12x2")));
    store.end_others("mary@x", laptop->id());
    BOOST_TEST(store.find(phone->id()) == nullptr);
    BOOST_TEST(store.find(laptop->id()) == laptop);
    BOOST_TEST(store.find(peter->id()) == peter);
    BOOST_TEST(portal::login_key(" Mary.Smith@Example.COM ") == "mary.smith@example.com");
}

BOOST_AUTO_TEST_CASE(a_key_file_must_be_private_and_32_bytes)
{
    auto folder = std::filesystem::temp_directory_path() / ("session_test_" + portal::random_token(4));
    std::filesystem::create_directories(folder);
    auto path = (folder / "secret.key").string();
    BOOST_TEST(!portal::SecretSealer::create_from_key_file(path).ok()); // missing
    std::ofstream(path) << std::string(32, 'k');
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    auto too_open = portal::SecretSealer::create_from_key_file(path);
    BOOST_TEST(!too_open.ok());
    BOOST_TEST(too_open.error().message().find("chmod 600") != std::string::npos);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    auto first = portal::SecretSealer::create_from_key_file(path);
    auto second = portal::SecretSealer::create_from_key_file(path);
    BOOST_TEST_REQUIRE(first.ok());
    BOOST_TEST(*second->open(first->seal("Demo-Portal-1")) == "Demo-Portal-1"); // nodes share the key
    std::ofstream(path, std::ios::app) << "x";
    BOOST_TEST(!portal::SecretSealer::create_from_key_file(path).ok()); // 33 bytes
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(constant_time_comparison_compares)
{
    BOOST_TEST(portal::equal_in_constant_time("abc", "abc"));
    BOOST_TEST(!portal::equal_in_constant_time("abc", "abd"));
    BOOST_TEST(!portal::equal_in_constant_time("abc", "ab"));
    BOOST_TEST(!portal::equal_in_constant_time("", "x"));
}
