#define BOOST_TEST_MODULE session_codec
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "portal/session/session_codec.h"

BOOST_AUTO_TEST_CASE(modules_survive_the_round_trip_with_tabs_and_newlines)
{
    crm::PortalModules modules;
    modules.contact = { "12x101", "Mary\tSmith" };
    modules.account = crm::Reference { "11x7", "Northwind\nTraders \\ Ltd" };
    modules.default_assignee = { "19x1", "Admin" };
    modules.modules.push_back({ "HelpDesk", "HelpDesk", "Tickets", 1, true, false, true });
    modules.modules.push_back({ "Faq", "Faq", "FAQ", 2, false, false, false });
    auto decoded = portal::decode_modules(portal::encode_modules(modules));
    BOOST_TEST_REQUIRE(decoded.ok());
    BOOST_TEST(decoded->contact.label == "Mary\tSmith");
    BOOST_TEST(decoded->account->label == "Northwind\nTraders \\ Ltd");
    BOOST_TEST(decoded->default_assignee.id == "19x1");
    BOOST_TEST_REQUIRE(decoded->modules.size() == 2u);
    BOOST_TEST(decoded->modules[0].ui_label == "Tickets");
    BOOST_TEST(decoded->modules[0].can_create);
    BOOST_TEST(!decoded->modules[0].can_edit);
    BOOST_TEST(decoded->modules[0].organisation_scope);
    BOOST_TEST(decoded->modules[1].order == 2);
}

BOOST_AUTO_TEST_CASE(a_contact_without_organisation_and_broken_text)
{
    crm::PortalModules modules;
    modules.contact = { "12x5", "Tom" };
    auto decoded = portal::decode_modules(portal::encode_modules(modules));
    BOOST_TEST_REQUIRE(decoded.ok());
    BOOST_TEST(!decoded->account.has_value());
    BOOST_TEST(!portal::decode_modules("12x5\tTom\n").ok());
    BOOST_TEST(!portal::decode_modules("a\tb\n0\nc\td\nHelpDesk\tx\n").ok());
}

BOOST_AUTO_TEST_CASE(hex_round_trip)
{
    std::string bytes("\x00\xff\x10 a", 5);
    BOOST_TEST(base::to_hex(bytes) == "00ff102061");
    BOOST_TEST(*base::from_hex("00ff102061") == bytes);
    BOOST_TEST(!base::from_hex("0g"));
    BOOST_TEST(!base::from_hex("abc"));
}
