#define BOOST_TEST_MODULE router
#include <boost/test/unit_test.hpp>

#include "web/router.h"

namespace {

web::Handler answer(const std::string& text)
{
    return [text](web::HttpRequest&) { return web::HttpResponse::text(200, text); };
}

web::HttpRequest request(std::string method, std::string path)
{
    web::HttpRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    return request;
}

web::Router case_routes()
{
    web::Router router;
    router.add("GET", "/", answer("home"));
    router.add("GET", "/cases", answer("list"));
    router.add("POST", "/cases", answer("create"));
    router.add("GET", "/cases/{id}", answer("case"));
    router.add("GET", "/cases/new", answer("new form"));
    router.add("GET", "/cases/{id}/comments/{comment}", answer("comment"));
    return router;
}

}

BOOST_AUTO_TEST_CASE(literal_routes_match_exactly_and_tolerate_a_trailing_slash)
{
    web::Router router = case_routes();
    auto plain = request("GET", "/cases");
    BOOST_TEST(router.dispatch(plain).body == "list");
    auto slash = request("GET", "/cases/");
    BOOST_TEST(router.dispatch(slash).body == "list");
    auto root = request("GET", "/");
    BOOST_TEST(router.dispatch(root).body == "home");
    BOOST_TEST((router.match("GET", "/casesx").kind == web::Router::MatchKind::not_found));
    BOOST_TEST((router.match("GET", "/cases//").kind == web::Router::MatchKind::not_found));
}

BOOST_AUTO_TEST_CASE(parameters_capture_one_decoded_segment)
{
    web::Router router = case_routes();
    auto match = router.match("GET", "/cases/17x101");
    BOOST_TEST((match.kind == web::Router::MatchKind::found));
    BOOST_TEST(match.params.at("id") == "17x101");

    match = router.match("GET", "/cases/a%20b%2Fc/comments/9");
    BOOST_TEST(match.route->pattern == "/cases/{id}/comments/{comment}");
    BOOST_TEST(match.params.at("id") == "a b/c");
    BOOST_TEST(match.params.at("comment") == "9");

    BOOST_TEST((router.match("GET", "/cases//comments/9").kind == web::Router::MatchKind::not_found));
    BOOST_TEST((router.match("GET", "/cases/1/2").kind == web::Router::MatchKind::not_found));
}

BOOST_AUTO_TEST_CASE(dispatch_fills_path_params_without_decoding_the_decoded_path_again)
{
    web::Router router;
    router.add("GET", "/kb/{title}",
        [](web::HttpRequest& request) { return web::HttpResponse::text(200, request.path_param("title")); });
    auto decoded = request("GET", "/kb/100%41");
    BOOST_TEST(router.dispatch(decoded).body == "100%41");
    BOOST_TEST(decoded.path_param("title") == "100%41");
}

BOOST_AUTO_TEST_CASE(a_literal_segment_beats_a_parameter_whatever_the_order)
{
    web::Router router = case_routes();
    auto fresh = request("GET", "/cases/new");
    BOOST_TEST(router.dispatch(fresh).body == "new form");
    auto other = request("GET", "/cases/newer");
    BOOST_TEST(router.dispatch(other).body == "case");
}

BOOST_AUTO_TEST_CASE(head_is_served_by_get)
{
    web::Router router = case_routes();
    auto head = request("HEAD", "/cases/5");
    BOOST_TEST(router.dispatch(head).body == "case");
    router.add("HEAD", "/cases/{id}", answer("head only"));
    BOOST_TEST(router.dispatch(head).body == "head only");
}

BOOST_AUTO_TEST_CASE(a_known_path_with_another_method_is_405_with_allow)
{
    web::Router router = case_routes();
    auto match = router.match("DELETE", "/cases");
    BOOST_TEST((match.kind == web::Router::MatchKind::wrong_method));
    auto del = request("DELETE", "/cases");
    auto response = router.dispatch(del);
    BOOST_TEST(response.status == 405);
    BOOST_TEST(*response.header("Allow") == "GET, HEAD, POST");

    auto post = request("POST", "/cases/5");
    BOOST_TEST(*router.dispatch(post).header("allow") == "GET, HEAD");
}

BOOST_AUTO_TEST_CASE(unknown_paths_and_methods_fall_back)
{
    web::Router router = case_routes();
    auto missing = request("GET", "/nowhere");
    BOOST_TEST(router.dispatch(missing).status == 404);
    auto strange = request("BREW", "/nowhere");
    BOOST_TEST(router.dispatch(strange).status == 404);
    auto empty = request("", "");
    BOOST_TEST(router.dispatch(empty).status == 405);

    router.set_not_found([](web::HttpRequest&) { return web::HttpResponse::html(404, "<p>lost</p>"); });
    router.set_method_not_allowed([](web::HttpRequest&) { return web::HttpResponse::html(405, "<p>no</p>"); });
    BOOST_TEST(router.dispatch(missing).body == "<p>lost</p>");
    auto put = request("PUT", "/cases");
    auto response = router.dispatch(put);
    BOOST_TEST(response.body == "<p>no</p>");
    BOOST_TEST(response.header("Allow") != nullptr);
}
