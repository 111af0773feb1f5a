#define BOOST_TEST_MODULE cgi_request
#include <boost/test/unit_test.hpp>

#include "web/cgi_request.h"
#include "web/cgicc_forms.h"

#include <map>
#include <string>

using namespace std::string_literals;

namespace {

using Environment = std::map<std::string, std::string>;

Environment post_env(std::string content_type, std::size_t length)
{
    return { { "REQUEST_METHOD", "POST" }, { "REQUEST_URI", "/login?next=%2Fcases" },
        { "QUERY_STRING", "next=%2Fcases" }, { "CONTENT_TYPE", std::move(content_type) },
        { "CONTENT_LENGTH", std::to_string(length) } };
}

std::string multipart_body()
{
    return "--XyZ\r\n"
           "Content-Disposition: form-data; name=\"subject\"\r\n\r\n"
           "Printer on fire\r\n"
           "--XyZ\r\n"
           "Content-Disposition: form-data; name=\"attachment\"; filename=\"smoke.png\"\r\n"
           "Content-Type: image/png\r\n\r\n"
           "\x89PNG\r\n\x1a\n\0binary"
           "\r\n--XyZ--\r\n"s;
}

}

BOOST_AUTO_TEST_CASE(request_line_headers_and_address_come_from_the_params)
{
    Environment env { { "REQUEST_METHOD", "GET" }, { "REQUEST_URI", "/cases/17x101?page=2&sort=desc" },
        { "QUERY_STRING", "page=2&sort=desc" }, { "REMOTE_ADDR", "203.0.113.9" }, { "HTTPS", "on" },
        { "HTTP_USER_AGENT", "Mozilla/5.0" }, { "HTTP_ACCEPT_LANGUAGE", "de-DE" }, { "CONTENT_TYPE", "" },
        { "SCRIPT_NAME", "/x" } };
    auto request = web::parse_cgi_request(env, "", false);
    BOOST_TEST(request.method == "GET");
    BOOST_TEST(request.path == "/cases/17x101");
    BOOST_TEST(request.query_string == "page=2&sort=desc");
    BOOST_TEST(request.remote_address == "203.0.113.9");
    BOOST_TEST(request.https);
    BOOST_TEST(*request.header("user-agent") == "Mozilla/5.0");
    BOOST_TEST(*request.header("Accept-Language") == "de-DE");
    BOOST_TEST(!request.header("content-type").has_value());
    BOOST_TEST(*request.query_param("page") == "2");
    BOOST_TEST(request.form.empty());
}

BOOST_AUTO_TEST_CASE(path_is_decoded_once)
{
    auto from_uri = web::parse_cgi_request({ { "REQUEST_URI", "/kb/Gr%C3%BC%C3%9Fe+1%2541?x=1" } }, "", false);
    BOOST_TEST(from_uri.path == "/kb/Grüße+1%41");
    BOOST_TEST(from_uri.query_string == "x=1");
    // nginx passes DOCUMENT_URI already decoded.
    auto from_nginx
        = web::parse_cgi_request({ { "DOCUMENT_URI", "/kb/100%41" }, { "REQUEST_URI", "/kb/100%2541" } }, "", false);
    BOOST_TEST(from_nginx.path == "/kb/100%41");
    BOOST_TEST(!from_nginx.https);
}

BOOST_AUTO_TEST_CASE(urlencoded_form_is_read_and_kept_apart_from_the_query)
{
    std::string body = "username=jane.portal%40example.com&password=Portal%40123&next=%2Fhome&tag=a&tag=b+c";
    auto request = web::parse_cgi_request(post_env("application/x-www-form-urlencoded", body.size()), body, false);
    BOOST_TEST(*request.form_param("username") == "jane.portal@example.com");
    BOOST_TEST(*request.form_param("password") == "Portal@123");
    BOOST_TEST(*request.form_param("next") == "/home");
    BOOST_TEST(*request.form_param("tag") == "a");
    BOOST_TEST(request.form.count("tag") == 2u);
    BOOST_TEST(request.query.size() == 1u);
    BOOST_TEST(*request.query_param("next") == "/cases");
    BOOST_TEST(!request.query_param("username").has_value());
    BOOST_TEST(request.body == body);
    BOOST_TEST(*request.header("content-length") == std::to_string(body.size()));
}

BOOST_AUTO_TEST_CASE(charset_parameter_does_not_hide_a_form)
{
    std::string body = "a=1";
    auto request = web::parse_cgi_request(post_env("Application/X-WWW-Form-Urlencoded; charset=UTF-8", 3), body, false);
    BOOST_TEST(*request.form_param("a") == "1");
}

BOOST_AUTO_TEST_CASE(multipart_gives_fields_and_files)
{
    std::string body = multipart_body();
    auto request = web::parse_cgi_request(post_env("multipart/form-data; boundary=XyZ", body.size()), body, false);
    BOOST_TEST(*request.form_param("subject") == "Printer on fire");
    BOOST_TEST(request.form.size() == 1u);
    BOOST_TEST(request.query.size() == 1u);
    BOOST_REQUIRE(request.files.size() == 1u);
    const web::UploadedFile& file = request.files.front();
    BOOST_TEST(file.field_name == "attachment");
    BOOST_TEST(file.file_name == "smoke.png");
    BOOST_TEST(file.content_type == "image/png");
    BOOST_TEST(file.data == std::string("\x89PNG\r\n\x1a\n\0binary", 15));
}

BOOST_AUTO_TEST_CASE(multipart_part_headers_after_the_content_type_are_not_part_of_it)
{
    std::string body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n"
                       "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n\r\nhello\r\n--b--\r\n";
    auto request = web::parse_cgi_request(post_env("multipart/form-data; boundary=b", body.size()), body, false);
    BOOST_REQUIRE(request.files.size() == 1u);
    BOOST_TEST(request.files[0].content_type == "text/plain");
    BOOST_TEST(request.files[0].data == "hello");
}

BOOST_AUTO_TEST_CASE(multipart_with_a_quoted_boundary_and_no_final_line_break)
{
    std::string body = multipart_body();
    body.resize(body.size() - 2);
    auto request = web::parse_cgi_request(
        post_env("multipart/form-data; boundary=\"XyZ\"; charset=x", body.size()), body, false);
    BOOST_TEST(*request.form_param("subject") == "Printer on fire");
    BOOST_TEST(request.files.size() == 1u);
}

BOOST_AUTO_TEST_CASE(malformed_multipart_gives_an_empty_form)
{
    for (std::string body : { std::string("--XyZ\r\nno blank line\r\n--XyZ--\r\n"), std::string("garbage"),
             std::string("--XyZ--\r\n"), std::string("--XyZ\r\n"), std::string("\r\n\r\n") }) {
        auto request = web::parse_cgi_request(post_env("multipart/form-data; boundary=XyZ", body.size()), body, false);
        BOOST_TEST(request.files.empty());
        BOOST_TEST(request.body == body);
    }
    std::string body = multipart_body();
    auto no_boundary = web::parse_cgi_request(post_env("multipart/form-data", body.size()), body, false);
    BOOST_TEST(no_boundary.form.empty());
    BOOST_TEST(no_boundary.files.empty());
}

BOOST_AUTO_TEST_CASE(other_bodies_are_left_raw)
{
    std::string body = R"({"a":"b=c"})";
    auto request = web::parse_cgi_request(post_env("application/json", body.size()), body, false);
    BOOST_TEST(request.form.empty());
    BOOST_TEST(request.body == body);
}

BOOST_AUTO_TEST_CASE(cookies_are_split_trimmed_and_first_wins)
{
    Environment env { { "HTTP_COOKIE",
        "portal_session=abc; lang=de_de;theme=\"dark\"; portal_session=older; broken; =x" } };
    auto request = web::parse_cgi_request(env, "", false);
    BOOST_TEST(*request.cookie("portal_session") == "abc");
    BOOST_TEST(*request.cookie("lang") == "de_de");
    BOOST_TEST(*request.cookie("theme") == "dark");
    BOOST_TEST(!request.cookie("broken").has_value());
    BOOST_TEST(request.cookies.size() == 3u);
    BOOST_TEST(*request.header("cookie") == env["HTTP_COOKIE"]);
}

BOOST_AUTO_TEST_CASE(bad_percent_escapes_pass_through)
{
    Environment env { { "REQUEST_URI", "/a%zz/b%/c%4?q=%&r=%4&s=%zz&t=100%25" },
        { "QUERY_STRING", "q=%&r=%4&s=%zz&t=100%25" } };
    auto request = web::parse_cgi_request(env, "", false);
    BOOST_TEST(request.path == "/a%zz/b%/c%4");
    BOOST_TEST(*request.query_param("q") == "%");
    BOOST_TEST(*request.query_param("r") == "%4");
    BOOST_TEST(*request.query_param("s") == "%zz");
    BOOST_TEST(*request.query_param("t") == "100%");
}

BOOST_AUTO_TEST_CASE(names_without_values_do_not_swallow_the_next_pair)
{
    auto query = web::parse_urlencoded("flag&a=1&&b=&=orphan&c=x=y");
    BOOST_TEST(query.count("flag") == 1u);
    BOOST_TEST(query.find("flag")->second == "");
    BOOST_TEST(query.find("a")->second == "1");
    BOOST_TEST(query.find("b")->second == "");
    BOOST_TEST(query.find("c")->second == "x=y");
    BOOST_TEST(!query.contains("flag&a"));
}

BOOST_AUTO_TEST_CASE(hostile_content_length_is_ignored)
{
    std::string body = "a=1";
    for (std::string length : { "-1", "-9223372036854775808", "99999999999999999999999", "12abc", "", " 3" }) {
        auto env = post_env("application/x-www-form-urlencoded", 0);
        env["CONTENT_LENGTH"] = length;
        auto request = web::parse_cgi_request(env, body, false);
        BOOST_TEST(*request.form_param("a") == "1");
    }
}

BOOST_AUTO_TEST_CASE(a_body_too_large_is_dropped)
{
    std::string body = "a=1";
    auto request = web::parse_cgi_request(post_env("application/x-www-form-urlencoded", 3), body, true);
    BOOST_TEST(request.body_too_large);
    BOOST_TEST(request.body.empty());
    BOOST_TEST(request.form.empty());
    BOOST_TEST(*request.query_param("next") == "/cases");
}

BOOST_AUTO_TEST_CASE(missing_params_give_an_empty_request)
{
    auto request = web::parse_cgi_request({}, "", false);
    BOOST_TEST(request.method == "");
    BOOST_TEST(request.path == "/");
    BOOST_TEST(request.query.empty());
    BOOST_TEST(request.headers.empty());
    BOOST_TEST(request.path_param("id") == "");

    auto odd
        = web::parse_cgi_request({ { "HTTP_", "x" }, { "REQUEST_METHOD", "BREW" }, { "HTTPS", "off" } }, "x", false);
    BOOST_TEST(odd.method == "BREW");
    BOOST_TEST(odd.headers.empty());
    BOOST_TEST(!odd.https);
    BOOST_TEST(odd.body == "x");
}

BOOST_AUTO_TEST_CASE(too_many_fields_are_cut)
{
    std::string body;
    for (std::size_t i = 0; i < web::k_max_form_fields + 50; ++i)
        body += "f=" + std::to_string(i) + "&";
    auto request = web::parse_cgi_request(post_env("application/x-www-form-urlencoded", body.size()), body, false);
    BOOST_TEST(request.form.size() == web::k_max_form_fields);
}
