#define BOOST_TEST_MODULE download
#include <boost/test/unit_test.hpp>

#include "portal/handlers/download.h"

using portal::content_disposition;
using portal::safe_content_type;

BOOST_AUTO_TEST_CASE(keeps_a_plain_file_name)
{
    BOOST_TEST(content_disposition("router-x200-reset.txt")
        == "attachment; filename=\"router-x200-reset.txt\"; filename*=UTF-8''router-x200-reset.txt");
}

BOOST_AUTO_TEST_CASE(drops_paths_quotes_and_line_breaks)
{
    BOOST_TEST(content_disposition("../../etc/pass\"wd\r\nSet-Cookie: x")
        == "attachment; filename=\"passwdSet-Cookie: x\"; filename*=UTF-8''passwdSet-Cookie%3A%20x");
    BOOST_TEST(content_disposition("C:\\temp\\.hidden") == "attachment; filename=\"hidden\"; filename*=UTF-8''hidden");
    BOOST_TEST(content_disposition("") == "attachment; filename=\"document\"; filename*=UTF-8''document");
}

BOOST_AUTO_TEST_CASE(gives_non_ascii_names_in_utf8_and_an_ascii_stand_in)
{
    BOOST_TEST(content_disposition("Übersicht.pdf")
        == "attachment; filename=\"__bersicht.pdf\"; filename*=UTF-8''%C3%9Cbersicht.pdf");
}

BOOST_AUTO_TEST_CASE(accepts_only_well_formed_media_types)
{
    BOOST_TEST(safe_content_type("text/plain") == "text/plain");
    BOOST_TEST(safe_content_type(" Application/PDF ") == "application/pdf");
    BOOST_TEST(safe_content_type("") == "application/octet-stream");
    BOOST_TEST(safe_content_type("text/html\r\nX-Evil: 1") == "application/octet-stream");
    BOOST_TEST(safe_content_type("nonsense") == "application/octet-stream");
}
