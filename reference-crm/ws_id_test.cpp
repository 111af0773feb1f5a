#define BOOST_TEST_MODULE ws_id
#include <boost/test/unit_test.hpp>

#include "reference-crm/ws_id.h"

using refcrm::parse_ws_id;
using refcrm::WsId;

BOOST_AUTO_TEST_CASE(parses_vtiger_ids)
{
    BOOST_TEST((parse_ws_id("17x205") == WsId { 17, 205 }));
    BOOST_TEST((parse_ws_id("3x0") == WsId { 3, 0 }));
    BOOST_TEST(parse_ws_id("12x101")->to_string() == "12x101");
}

BOOST_AUTO_TEST_CASE(refuses_anything_else)
{
    for (std::string_view bad : { "", "14", "x14", "17x", "0x5", "17X5", "17x5x", "-17x5", "17x-5", " 17x5", "17x5 ",
             "17x5;", "1234567890x1", "17x1234567890123456789", "17x0x1", "+1x1", "17x1e3" }) {
        BOOST_TEST(!parse_ws_id(bad).has_value(), "accepted: " << bad);
    }
}

BOOST_AUTO_TEST_CASE(formats_ids) { BOOST_TEST(refcrm::format_ws_id(19, 1) == "19x1"); }
