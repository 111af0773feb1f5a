#define BOOST_TEST_MODULE download
#include <boost/test/unit_test.hpp>

#include "web/download.h"

using web::clean_file_name;
using web::content_disposition;
using web::Disposition;
using web::safe_media_type;

namespace {

std::string header(const web::HttpResponse& response, std::string_view name)
{
    const std::string* value = response.header(name);
    return value ? *value : "";
}

}

BOOST_AUTO_TEST_CASE(a_plain_name_is_kept_and_needs_no_utf8_form)
{
    BOOST_TEST(content_disposition(Disposition::attachment, "router-x200-reset.txt")
        == "attachment; filename=\"router-x200-reset.txt\"");
    BOOST_TEST(content_disposition(Disposition::inline_view, "INV-12.pdf") == "inline; filename=\"INV-12.pdf\"");
}

BOOST_AUTO_TEST_CASE(paths_quotes_line_breaks_and_leading_dots_go)
{
    BOOST_TEST(clean_file_name("../../etc/pass\"wd\r\nSet-Cookie: x") == "passwdSet-Cookie: x");
    BOOST_TEST(clean_file_name("C:\\temp\\.hidden") == "hidden");
    BOOST_TEST(clean_file_name("...") == "download");
    BOOST_TEST(clean_file_name("") == "download");
    BOOST_TEST(clean_file_name("a;b.txt") == "ab.txt");
}

BOOST_AUTO_TEST_CASE(a_long_name_is_cut_on_a_character_boundary)
{
    std::string name;
    for (int i = 0; i < 100; ++i)
        name += "\xC3\xA4"; // ä, two bytes each
    name += ".pdf";
    std::string clean = clean_file_name(name);
    BOOST_TEST(clean.size() == 150u);
    BOOST_TEST(clean.substr(148) == "\xC3\xA4");
    // A name that is no UTF-8 keeps its ASCII part.
    BOOST_TEST(clean_file_name("bad\xC3.txt") == "bad.txt");
}

BOOST_AUTO_TEST_CASE(a_non_ascii_name_is_sent_twice)
{
    BOOST_TEST(content_disposition(Disposition::attachment, "Rechnung M\xC3\xA4rz.pdf")
        == "attachment; filename=\"Rechnung M__rz.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf");
}

BOOST_AUTO_TEST_CASE(only_well_formed_media_types_pass)
{
    BOOST_TEST(safe_media_type("application/pdf") == "application/pdf");
    BOOST_TEST(safe_media_type(" Application/PDF ") == "application/pdf");
    BOOST_TEST(safe_media_type("Text/Plain; Charset=UTF-8") == "text/plain; charset=utf-8");
    BOOST_TEST(safe_media_type("text/plain; boundary=x") == "text/plain");
    BOOST_TEST(safe_media_type("") == "application/octet-stream");
    BOOST_TEST(safe_media_type("pdf") == "application/octet-stream");
    BOOST_TEST(safe_media_type("text/html\r\nSet-Cookie: a=b") == "application/octet-stream");
    BOOST_TEST(safe_media_type("text/ html") == "application/octet-stream");
}

BOOST_AUTO_TEST_CASE(the_response_moves_the_bytes_and_is_never_cached_by_others)
{
    auto response = web::file_response("%PDF", "../x/Quote 7.pdf", "application/pdf");
    BOOST_TEST(response.status == 200);
    BOOST_TEST(response.body == "%PDF");
    BOOST_TEST(header(response, "Content-Type") == "application/pdf");
    BOOST_TEST(header(response, "Content-Disposition") == "attachment; filename=\"Quote 7.pdf\"");
    BOOST_TEST(header(response, "Cache-Control") == "private, no-store");
}
