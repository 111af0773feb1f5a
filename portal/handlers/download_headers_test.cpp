#define BOOST_TEST_MODULE download_headers
#include <boost/test/unit_test.hpp>

#include "portal/handlers/download_headers.h"

using namespace portal;

BOOST_AUTO_TEST_CASE(a_plain_type_is_kept_with_its_charset)
{
    BOOST_TEST(safe_content_type("application/pdf") == "application/pdf");
    BOOST_TEST(safe_content_type("Text/Plain; Charset=UTF-8") == "text/plain; charset=utf-8");
    BOOST_TEST(safe_content_type("text/plain; boundary=x") == "text/plain");
}

BOOST_AUTO_TEST_CASE(a_broken_or_hostile_type_becomes_octet_stream)
{
    BOOST_TEST(safe_content_type("") == "application/octet-stream");
    BOOST_TEST(safe_content_type("pdf") == "application/octet-stream");
    BOOST_TEST(safe_content_type("text/html\r\nSet-Cookie: a=b") == "application/octet-stream");
    BOOST_TEST(safe_content_type("text/ html") == "application/octet-stream");
}

BOOST_AUTO_TEST_CASE(the_file_name_loses_its_path_quotes_and_control_characters)
{
    BOOST_TEST(
        attachment_disposition("../../etc/passwd") == "attachment; filename=\"passwd\"; filename*=UTF-8''passwd");
    BOOST_TEST(attachment_disposition("C:\\Users\\a\\log.txt")
        == "attachment; filename=\"log.txt\"; filename*=UTF-8''log.txt");
    BOOST_TEST(
        attachment_disposition("a\"b;\r\nc.txt") == "attachment; filename=\"abc.txt\"; filename*=UTF-8''abc.txt");
    BOOST_TEST(attachment_disposition(".hidden") == "attachment; filename=\"hidden\"; filename*=UTF-8''hidden");
    BOOST_TEST(attachment_disposition("") == "attachment; filename=\"download\"; filename*=UTF-8''download");
}

BOOST_AUTO_TEST_CASE(a_non_ascii_name_is_sent_twice)
{
    BOOST_TEST(attachment_disposition("Rechnung März.pdf")
        == "attachment; filename=\"Rechnung M__rz.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf");
}
