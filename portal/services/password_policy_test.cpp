#define BOOST_TEST_MODULE password_policy
#include <boost/test/unit_test.hpp>

#include "portal/services/password_policy.h"

using portal::password_problems;

namespace {

const portal::PasswordPolicy k_policy { 10 };

}

BOOST_AUTO_TEST_CASE(accepts_a_long_uncommon_password)
{
    BOOST_TEST(password_problems(k_policy, "Tall-Lamp-Orbit-7", "mary@northwind.example").empty());
}

BOOST_AUTO_TEST_CASE(counts_characters_not_bytes)
{
    BOOST_TEST(password_problems(k_policy, "äöüäöüäöü", "").size() == 1u); // 9 characters, 18 bytes
    BOOST_TEST(password_problems(k_policy, "äöüäöüäöüß", "").empty());
}

BOOST_AUTO_TEST_CASE(names_every_broken_rule)
{
    auto problems = password_problems(k_policy, "Password", "");
    BOOST_TEST(problems == std::vector<std::string>({ portal::k_password_too_short }));
    problems = password_problems(k_policy, "Mary@Northwind.example", "mary@northwind.example");
    BOOST_TEST(problems == std::vector<std::string>({ portal::k_password_is_email }));
    problems = password_problems(k_policy, "PASSWORD123", "x@y.z");
    BOOST_TEST(problems == std::vector<std::string>({ portal::k_password_too_common }));
}

BOOST_AUTO_TEST_CASE(refuses_the_mailbox_name_and_repeated_letters)
{
    BOOST_TEST(portal::is_common_password("margaretsmith", "MargaretSmith@example.com"));
    BOOST_TEST(portal::is_common_password("aaaaaaaaaaaa", ""));
    BOOST_TEST(!portal::is_common_password("margaret-smith", "MargaretSmith@example.com"));
}
