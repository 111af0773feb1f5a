#define BOOST_TEST_MODULE http_response
#include <boost/test/unit_test.hpp>

#include "web/http_response.h"

BOOST_AUTO_TEST_CASE(builders_set_status_type_and_location)
{
    auto page = web::HttpResponse::html(200, "<p>hi</p>");
    BOOST_TEST(page.status == 200);
    BOOST_TEST(*page.header("content-type") == "text/html; charset=utf-8");
    BOOST_TEST(page.body == "<p>hi</p>");
    BOOST_TEST(*web::HttpResponse::text(503, "down").header("Content-Type") == "text/plain; charset=utf-8");

    auto moved = web::HttpResponse::redirect("/cases?page=2");
    BOOST_TEST(moved.status == 303);
    BOOST_TEST(*moved.header("Location") == "/cases?page=2");
    BOOST_TEST(web::HttpResponse::redirect("/login", 302).status == 302);
}

BOOST_AUTO_TEST_CASE(set_header_replaces_and_add_header_appends)
{
    web::HttpResponse response;
    response.add_header("X-Trace", "1");
    response.add_header("x-trace", "2");
    BOOST_TEST(response.headers.size() == 2u);
    response.set_header("X-Trace", "3");
    BOOST_TEST(response.headers.size() == 1u);
    BOOST_TEST(*response.header("x-TRACE") == "3");
    BOOST_TEST(response.header("Missing") == nullptr);
}

BOOST_AUTO_TEST_CASE(header_injection_is_dropped)
{
    web::HttpResponse response;
    response.set_header("X-Name", "a\r\nSet-Cookie: admin=1");
    response.add_header("X-Evil\r\nSet-Cookie", "x");
    response.add_header("Bad Name", "x");
    response.add_header("X-Zero", std::string("a\0b", 3));
    BOOST_TEST(response.headers.empty());
    auto redirect = web::HttpResponse::redirect("/x\nLocation: http://evil.example");
    BOOST_TEST(redirect.header("Location") == nullptr);

    // Headers pushed straight into the vector are checked when written too.
    response.headers.emplace_back("X-Split", "a\nb");
    response.headers.emplace_back("X-Good", "tab\tok");
    BOOST_TEST(web::cgi_response_head(response) == "Status: 200 OK\r\nX-Good: tab\tok\r\n\r\n");
}

BOOST_AUTO_TEST_CASE(cookies_carry_their_attributes)
{
    web::HttpResponse response;
    web::CookieOptions options;
    options.secure = true;
    options.max_age = 3600;
    options.same_site = "Strict";
    response.set_cookie("portal_session", "abc123", options);
    BOOST_TEST(*response.header("Set-Cookie")
        == "portal_session=abc123; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Strict");

    web::HttpResponse session_only;
    session_only.set_cookie("lang", "de_de", web::CookieOptions {});
    BOOST_TEST(*session_only.header("Set-Cookie") == "lang=de_de; Path=/; HttpOnly; SameSite=Lax");
}

BOOST_AUTO_TEST_CASE(deleting_a_cookie_expires_it_in_the_past)
{
    web::HttpResponse response;
    web::CookieOptions expired;
    expired.max_age = 0;
    expired.path = "/portal";
    expired.same_site = "";
    response.set_cookie("portal_session", "", expired);
    BOOST_TEST(*response.header("Set-Cookie")
        == "portal_session=; Path=/portal; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly");
}

BOOST_AUTO_TEST_CASE(several_cookies_give_several_headers_and_bad_ones_none)
{
    web::HttpResponse response;
    response.set_cookie("a", "1", {});
    response.set_cookie("b", "2", {});
    response.set_cookie("c", "x; Domain=evil.example", {});
    response.set_cookie("d", "line\r\nbreak", {});
    response.set_cookie("bad name", "1", {});
    BOOST_TEST(response.headers.size() == 2u);
    web::CookieOptions odd;
    odd.path = "/x; Domain=evil.example";
    odd.same_site = "sideways";
    response.set_cookie("e", "5", odd);
    BOOST_TEST(response.headers.back().second == "e=5; HttpOnly");
}

BOOST_AUTO_TEST_CASE(status_lines_have_reasons)
{
    BOOST_TEST(web::status_reason(200) == "OK");
    BOOST_TEST(web::status_reason(303) == "See Other");
    BOOST_TEST(web::status_reason(404) == "Not Found");
    BOOST_TEST(web::status_reason(405) == "Method Not Allowed");
    BOOST_TEST(web::status_reason(413) == "Content Too Large");
    BOOST_TEST(web::status_reason(503) == "Service Unavailable");
    BOOST_TEST(web::status_reason(299) == "");

    auto page = web::HttpResponse::html(404, "gone");
    BOOST_TEST(
        web::cgi_response_head(page) == "Status: 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n\r\n");
    web::HttpResponse odd;
    odd.status = 299;
    BOOST_TEST(web::cgi_response_head(odd) == "Status: 299\r\n\r\n");
    odd.status = 42;
    BOOST_TEST(web::cgi_response_head(odd) == "Status: 500 Internal Server Error\r\n\r\n");
}
