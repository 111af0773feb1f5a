#define BOOST_TEST_MODULE curl_transport_test
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/curl_transport.h"
#include "crm-connector/json_client.h"
#include "crm-connector/test_http_server.h"

#include <chrono>
#include <thread>

using namespace crm;
using crm::testing::ClosedPort;
using crm::testing::TestHttpServer;
namespace codes = crm::error_codes;

namespace {

constexpr std::string_view k_password = "S3cret-Pa55";
const Credentials k_jane { "jane.portal@example.com", std::string(k_password), "" };

std::unique_ptr<JsonCrmClient> client_for(std::string_view site_url, int timeout_ms = 5000)
{
    JsonClientOptions options;
    options.site_url = std::string(site_url);
    options.connect_timeout_ms = 2000;
    options.timeout_ms = timeout_ms;
    auto client = JsonCrmClient::create(options);
    BOOST_REQUIRE_MESSAGE(client.ok(), (client.ok() ? "" : client.error().message()));
    return client.release_value();
}

void check_no_password(const base::Error& error)
{
    BOOST_TEST(error.message().find(k_password) == std::string::npos, error.message());
}

}

BOOST_AUTO_TEST_CASE(nothing_listening_is_cannot_connect_with_the_url)
{
    ClosedPort closed;
    std::string site_url = "http://127.0.0.1:" + std::to_string(closed.port()) + "/";
    auto result = client_for(site_url)->ping(k_jane);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_cannot_connect);
    BOOST_TEST(result.error().message()
        == "Ping: cannot reach the CRM at " + site_url + "modules/CustomerPortal/api.php: connection refused");
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(unknown_host_is_cannot_connect)
{
    auto result = client_for("http://crm.invalid/")->ping(k_jane);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_cannot_connect);
    BOOST_TEST(result.error().message().find("http://crm.invalid/modules/CustomerPortal/api.php") != std::string::npos);
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(silent_server_is_a_timeout)
{
    TestHttpServer server(TestHttpServer::Behaviour::never_answer, "");
    auto start = std::chrono::steady_clock::now();
    auto result = client_for(server.site_url(), 300)->ping(k_jane);
    auto elapsed = std::chrono::steady_clock::now() - start;
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_timeout);
    BOOST_TEST(
        result.error().message().find(server.site_url() + "modules/CustomerPortal/api.php") != std::string::npos);
    BOOST_TEST(elapsed < std::chrono::seconds(3));
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(answering_server_is_decoded_and_sees_the_form_and_basic_auth)
{
    TestHttpServer server(
        TestHttpServer::Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    BOOST_TEST(client_for(server.site_url())->ping(k_jane).ok());
    auto requests = server.requests();
    BOOST_REQUIRE(requests.size() == 1u);
    const std::string& request = requests.front();
    BOOST_TEST(request.starts_with("POST /modules/CustomerPortal/api.php HTTP/1.1\r\n"));
    std::string basic = base::base64_encode("jane.portal@example.com:" + std::string(k_password));
    BOOST_TEST(request.find("\r\nAuthorization: Basic " + basic + "\r\n") != std::string::npos);
    BOOST_TEST(request.find("\r\nContent-Type: application/x-www-form-urlencoded\r\n") != std::string::npos);
    BOOST_TEST(request.ends_with(
        "\r\n\r\n_operation=Ping&username=jane.portal%40example.com&password=" + std::string(k_password)));
}

BOOST_AUTO_TEST_CASE(refusal_over_the_wire_is_decoded)
{
    TestHttpServer server(TestHttpServer::Behaviour::answer,
        testing::http_reply(R"({"success":false,"error":{"code":1412,"message":"Login failed"}})"));
    auto result = client_for(server.site_url())->ping(k_jane);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_wrong_credentials);
}

BOOST_AUTO_TEST_CASE(calls_reuse_the_kept_alive_connection)
{
    TestHttpServer server(
        TestHttpServer::Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    auto client = client_for(server.site_url());
    for (int call = 0; call < 5; ++call)
        BOOST_TEST(client->ping(k_jane).ok());
    BOOST_TEST(server.requests().size() == 5u);
    BOOST_TEST(server.connections_accepted() == 1);
}

BOOST_AUTO_TEST_CASE(worker_threads_share_the_transport)
{
    TestHttpServer server(
        TestHttpServer::Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    auto client = client_for(server.site_url());
    std::atomic<int> failures { 0 };
    std::vector<std::thread> workers;
    for (int worker = 0; worker < 4; ++worker) {
        workers.emplace_back([&] {
            for (int call = 0; call < 10; ++call) {
                if (!client->ping(k_jane).ok())
                    ++failures;
            }
        });
    }
    for (std::thread& worker : workers)
        worker.join();
    BOOST_TEST(failures == 0);
    BOOST_TEST(server.requests().size() == 40u);
    BOOST_TEST(server.connections_accepted() <= 4);
}

BOOST_AUTO_TEST_CASE(http_errors_are_replies_not_transport_failures)
{
    TestHttpServer server(
        TestHttpServer::Behaviour::answer, testing::http_reply("<html>Not Found</html>", "HTTP/1.1 404 Not Found"));
    auto transport = CurlTransport::create({}).release_value();
    auto reply = transport->post_form({ server.site_url(), { { "_operation", "Ping" } }, "jane", "pw", std::nullopt });
    BOOST_REQUIRE(reply.ok());
    BOOST_TEST(reply->status == 404);
    BOOST_TEST(reply->body == "<html>Not Found</html>");
    auto result = client_for(server.site_url())->ping(k_jane);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_http_status);
}

BOOST_AUTO_TEST_CASE(plain_http_on_an_https_url_is_a_tls_failure)
{
    TestHttpServer server(TestHttpServer::Behaviour::answer_immediately, testing::http_reply("not TLS"));
    auto result = client_for("https://127.0.0.1:" + std::to_string(server.port()) + "/")->ping(k_jane);
    BOOST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_tls_failure, result.error().message());
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(oversized_reply_is_refused)
{
    TestHttpServer server(TestHttpServer::Behaviour::answer, testing::http_reply(std::string(5000, 'x')));
    CurlTransportOptions options;
    options.max_reply_bytes = 1000;
    auto transport = CurlTransport::create(options).release_value();
    auto reply = transport->post_form({ server.site_url(), {}, "jane", "pw", std::nullopt });
    BOOST_REQUIRE(!reply.ok());
    BOOST_TEST(reply.error().code() == codes::k_bad_envelope);
}

BOOST_AUTO_TEST_CASE(bad_settings_fail_at_start_up)
{
    CurlTransportOptions missing_ca;
    missing_ca.ca_file = "crm-connector/testdata/no-such-ca.pem";
    auto transport = CurlTransport::create(missing_ca);
    BOOST_REQUIRE(!transport.ok());
    BOOST_TEST(transport.error().code() == codes::k_bad_configuration);
    BOOST_TEST(transport.error().message().find("no-such-ca.pem") != std::string::npos);

    CurlTransportOptions no_timeout;
    no_timeout.timeout_ms = 0;
    BOOST_TEST(!CurlTransport::create(no_timeout).ok());
}
