#define BOOST_TEST_MODULE login_throttle
#include <boost/test/unit_test.hpp>

#include "portal/services/login_throttle.h"

using namespace std::chrono_literals;

namespace {

struct Fixture {
    portal::LoginThrottle::Clock::time_point now = portal::LoginThrottle::Clock::now();
    portal::LoginThrottle throttle { { 3, 5, 15min } };

    Fixture()
    {
        throttle.set_clock_for_tests([this] { return now; });
    }
};

}

BOOST_FIXTURE_TEST_CASE(an_account_locks_at_its_limit_and_unlocks_as_the_window_slides, Fixture)
{
    BOOST_TEST(!throttle.record_failure("mary@x", "203.0.113.1"));
    now += 1min;
    BOOST_TEST(!throttle.record_failure("mary@x", "203.0.113.1"));
    BOOST_TEST(throttle.wait_before_login("mary@x", "203.0.113.1").count() == 0);
    now += 1min;
    BOOST_TEST(throttle.record_failure("mary@x", "203.0.113.1")); // the third locks
    BOOST_TEST(throttle.wait_before_login("mary@x", "203.0.113.1").count() == 13 * 60);
    BOOST_TEST(throttle.wait_before_login("peter@x", "203.0.113.2").count() == 0); // others go on
    now += 13min;
    BOOST_TEST(throttle.wait_before_login("mary@x", "203.0.113.1").count() == 0); // the first left the window
    BOOST_TEST(throttle.record_failure("mary@x", "203.0.113.1")); // but two are still in it
    BOOST_TEST(throttle.wait_before_login("mary@x", "203.0.113.1").count() == 1 * 60);
}

BOOST_FIXTURE_TEST_CASE(an_address_locks_for_every_account, Fixture)
{
    for (int i = 0; i < 4; ++i)
        BOOST_TEST(!throttle.record_failure("user" + std::to_string(i) + "@x", "198.51.100.7"));
    BOOST_TEST(throttle.record_failure("user4@x", "198.51.100.7"));
    BOOST_TEST(throttle.wait_before_login("someone-else@x", "198.51.100.7").count() == 15 * 60);
    BOOST_TEST(throttle.wait_before_login("someone-else@x", "198.51.100.8").count() == 0);
}

BOOST_FIXTURE_TEST_CASE(a_correct_password_clears_the_account_not_the_address, Fixture)
{
    throttle.record_failure("mary@x", "203.0.113.1");
    throttle.record_failure("mary@x", "203.0.113.1");
    throttle.record_success("mary@x");
    BOOST_TEST(!throttle.record_failure("mary@x", "203.0.113.1"));
    BOOST_TEST(!throttle.record_failure("mary@x", "203.0.113.1"));
    BOOST_TEST(throttle.record_failure("mary@x", "203.0.113.1")); // three since the success
}

BOOST_FIXTURE_TEST_CASE(unknown_and_known_accounts_count_alike, Fixture)
{
    for (auto account : { "mary@x", "nobody@x" }) {
        throttle.record_failure(account, "a");
        throttle.record_failure(account, "b");
        throttle.record_failure(account, "c");
    }
    BOOST_TEST(throttle.wait_before_login("mary@x", "d") == throttle.wait_before_login("nobody@x", "d"));
}

BOOST_AUTO_TEST_CASE(the_lockout_message_rounds_minutes_up)
{
    BOOST_TEST(portal::lockout_message(std::chrono::seconds(30)).key == "LBL_LOGIN_LOCKED_ONE_MINUTE");
    auto message = portal::lockout_message(std::chrono::seconds(14 * 60 + 1));
    BOOST_TEST(message.key == "LBL_LOGIN_LOCKED");
    BOOST_TEST(message.values.at("minutes") == "15");
}
