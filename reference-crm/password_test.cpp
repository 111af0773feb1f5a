#define BOOST_TEST_MODULE password
#include <boost/test/unit_test.hpp>

#include "reference-crm/password.h"

using refcrm::hash_password;
using refcrm::VerifiedPasswords;
using refcrm::verify_password;

BOOST_AUTO_TEST_CASE(hashes_with_bcrypt_cost_10)
{
    auto hashed = hash_password("Demo-Portal-1");
    BOOST_REQUIRE(hashed.ok());
    BOOST_TEST(hashed->starts_with("$2b$10$"));
    BOOST_TEST(hashed->size() == 60u);
}

BOOST_AUTO_TEST_CASE(verifies_the_right_password_only)
{
    auto hashed = hash_password("Demo-Portal-1");
    BOOST_REQUIRE(hashed.ok());
    BOOST_TEST(verify_password("Demo-Portal-1", *hashed));
    BOOST_TEST(!verify_password("Demo-Portal-2", *hashed));
    BOOST_TEST(!verify_password("", *hashed));
    BOOST_TEST(!verify_password(std::string("Demo-Portal-1\0x", 15), *hashed));
}

BOOST_AUTO_TEST_CASE(salts_differ) { BOOST_TEST(hash_password("same").value() != hash_password("same").value()); }

// Vtiger stores PHP password_hash() values, which start "$2y$".
BOOST_AUTO_TEST_CASE(accepts_the_php_2y_prefix)
{
    auto ours = hash_password("Portal@123");
    BOOST_REQUIRE(ours.ok());
    std::string as_2y = "$2y$" + ours->substr(4);
    BOOST_TEST(verify_password("Portal@123", as_2y));
    BOOST_TEST(!verify_password("Portal@124", as_2y));
}

BOOST_AUTO_TEST_CASE(malformed_hashes_never_match)
{
    for (std::string bad :
        { "", "plain", "$2b$10$", "$1$abc$def", "*0", "$2b$99$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
        BOOST_TEST(!verify_password("plain", bad), "matched: " << bad);
}

BOOST_AUTO_TEST_CASE(remembered_passwords_still_refuse_wrong_ones)
{
    auto verified = VerifiedPasswords::create(std::chrono::seconds(60));
    BOOST_TEST_REQUIRE(verified.ok());
    std::string stored = hash_password("Demo-Portal-1").value();
    BOOST_TEST((*verified)->verify("Demo-Portal-1", stored));
    BOOST_TEST((*verified)->verify("Demo-Portal-1", stored)); // from memory
    BOOST_TEST(!(*verified)->verify("Demo-Portal-2", stored));
    BOOST_TEST(!(*verified)->verify(std::string("Demo-Portal-1\0x", 15), stored));
    std::string changed = hash_password("New-Password-9").value(); // a password change
    BOOST_TEST(!(*verified)->verify("Demo-Portal-1", changed));
    BOOST_TEST((*verified)->verify("New-Password-9", changed));
}

BOOST_AUTO_TEST_CASE(remembered_passwords_expire)
{
    auto verified = VerifiedPasswords::create(std::chrono::seconds(0));
    std::string stored = hash_password("Demo-Portal-1").value();
    BOOST_TEST((*verified)->verify("Demo-Portal-1", stored));
    BOOST_TEST(!(*verified)->verify("wrong", stored));
    BOOST_TEST((*verified)->verify("Demo-Portal-1", stored)); // checked in full again
}
