#define BOOST_TEST_MODULE document_links
#include <boost/test/unit_test.hpp>

#include "portal/pages/document_links.h"

// The download itself is web/download.h's (web/download_test.cpp).
BOOST_AUTO_TEST_CASE(links_only_to_web_addresses)
{
    BOOST_TEST(portal::is_web_address("https://northwind.example/manual"));
    BOOST_TEST(portal::is_web_address("HTTP://northwind.example/"));
    BOOST_TEST(!portal::is_web_address("javascript:alert(1)"));
    BOOST_TEST(!portal::is_web_address("https://a.example/\nb"));
    BOOST_TEST(!portal::is_web_address("manual.pdf"));
}
