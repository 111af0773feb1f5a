#define BOOST_TEST_MODULE http_replay_test
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "crm-connector/capture_file.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/json_client.h"
#include "crm-connector/parallel.h"
#include "crm-connector/test_http_server.h"

// The real CurlTransport client against a loopback server that answers with
// the captured responses, byte for byte, and with the ways a CRM fails.

using namespace crm;
using crm::testing::TestHttpServer;
namespace codes = crm::error_codes;
using Behaviour = TestHttpServer::Behaviour;

namespace {

constexpr std::string_view k_password = "Portal@123";
const Credentials k_jane { "jane.portal@example.com", std::string(k_password), "" };

std::string captured_response(std::string_view file_name)
{
    auto capture = crm::testing::read_capture(file_name);
    BOOST_TEST_REQUIRE(capture.ok(), (capture.ok() ? "" : capture.error().message()));
    // The raw response as the CRM sent it: "Connection: close", no length.
    std::string raw = capture->response.start_line + "\r\n";
    for (const auto& [name, value] : capture->response.headers)
        raw += name + ": " + value + "\r\n";
    return raw + "\r\n" + capture->response.body;
}

std::unique_ptr<JsonCrmClient> client_for(const TestHttpServer& server, int timeout_ms = 5000)
{
    JsonClientOptions options;
    options.site_url = server.site_url();
    options.connect_timeout_ms = 2000;
    options.timeout_ms = timeout_ms;
    auto client = JsonCrmClient::create(options);
    BOOST_TEST_REQUIRE(client.ok());
    return client.release_value();
}

void check_no_password(const base::Error& error)
{
    BOOST_TEST(error.message().find(k_password) == std::string::npos, error.message());
    BOOST_TEST(error.message().find("Portal%40123") == std::string::npos, error.message());
}

std::string only_request(const TestHttpServer& server)
{
    auto requests = server.requests();
    BOOST_TEST_REQUIRE(requests.size() == 1u);
    return requests.front();
}

}

BOOST_AUTO_TEST_SUITE(captured_answers)

BOOST_AUTO_TEST_CASE(ping_and_refusal)
{
    TestHttpServer good(Behaviour::answer_and_close, captured_response("01-Ping-good.txt"));
    BOOST_TEST(client_for(good)->ping(k_jane).ok());
    std::string request = only_request(good);
    BOOST_TEST(request.find("Authorization: Basic " + base::base64_encode("jane.portal@example.com:Portal@123"))
        != std::string::npos);

    TestHttpServer refused(Behaviour::answer_and_close, captured_response("02-Ping-wrong-password.txt"));
    auto result = client_for(refused)->ping(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_wrong_credentials);
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(http_401_with_json_body)
{
    TestHttpServer server(Behaviour::answer_and_close, captured_response("07-Ping-no-basic-auth.txt"));
    auto result = client_for(server)->ping(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_wrong_credentials);
}

BOOST_AUTO_TEST_CASE(lists_records_and_history)
{
    TestHttpServer list(Behaviour::answer_and_close, captured_response("26-FetchRecords-HelpDesk-mine.txt"));
    RecordsQuery query;
    query.module = "HelpDesk";
    auto page = client_for(list)->fetch_records(k_jane, query);
    BOOST_TEST_REQUIRE(page.ok());
    BOOST_TEST(page->records.size() == 4u);
    BOOST_TEST(
        only_request(list).find("_operation=FetchRecords&module=HelpDesk&moduleLabel=HelpDesk") != std::string::npos);

    TestHttpServer history(Behaviour::answer_and_close, captured_response("85-FetchHistory-HelpDesk.txt"));
    HistoryQuery history_query { "HelpDesk", RecordId(17, 14), std::nullopt, 0, 50 };
    auto entries = client_for(history)->fetch_history(k_jane, history_query);
    BOOST_TEST_REQUIRE(entries.ok());
    BOOST_TEST(entries->size() == 3u);
}

BOOST_AUTO_TEST_CASE(downloads_a_file)
{
    TestHttpServer server(Behaviour::answer_and_close, captured_response("106-DownloadFile-Documents.txt"));
    auto file = client_for(server)->download_file(k_jane, { "Documents", RecordId(15, 27), std::nullopt, "", "" });
    BOOST_TEST_REQUIRE(file.ok());
    BOOST_TEST(file->bytes == "Acme portal user guide.\nLine 2: hello from the attached file.\n");
}

BOOST_AUTO_TEST_CASE(uploads_a_document_as_multipart_with_the_file_part_named_file)
{
    TestHttpServer server(
        Behaviour::answer_and_close, captured_response("131-SaveRecord-Documents-upload-title-only.txt"));
    SaveRequest request;
    request.module = "Documents";
    request.title = "Uploaded from portal";
    request.values = { { "notes_title", "Uploaded from portal" } };
    request.file = Upload { "hello.txt", "text/plain", "Hello from the portal upload\r\n" };
    auto record = client_for(server)->save_record(k_jane, request);
    BOOST_TEST_REQUIRE(record.ok());
    BOOST_TEST(record->id.to_string() == "15x46");
    std::string sent = only_request(server);
    BOOST_TEST(sent.find("Content-Type: multipart/form-data; boundary=") != std::string::npos);
    BOOST_TEST(sent.find("Content-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\n"
                         "Content-Type: text/plain\r\n\r\nHello from the portal upload\r\n")
        != std::string::npos);
    BOOST_TEST(sent.find("name=\"_operation\"\r\n\r\nSaveRecord\r\n") != std::string::npos);
    BOOST_TEST(sent.find("name=\"password\"\r\n\r\nPortal@123\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(forgot_password_sends_the_email_with_an_empty_basic_password)
{
    TestHttpServer server(Behaviour::answer_and_close, captured_response("121-ForgotPassword-dummy-basic.txt"));
    auto message = client_for(server)->forgot_password("eve.east@example.com");
    BOOST_TEST_REQUIRE(message.ok());
    std::string sent = only_request(server);
    BOOST_TEST(sent.find("Authorization: Basic " + base::base64_encode("eve.east@example.com:")) != std::string::npos);
    BOOST_TEST(sent.ends_with("\r\n\r\n_operation=ForgotPassword&email=eve.east%40example.com"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(failures)

BOOST_AUTO_TEST_CASE(slow_answer_is_a_timeout)
{
    TestHttpServer server(Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    server.hold_replies_until(2, std::chrono::seconds(2));
    auto result = client_for(server, 200)->ping(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_timeout);
    check_no_password(result.error());
}

// Vtiger sends no Content-Length ("Connection: close"), so a connection
// closed mid-answer looks like a complete answer: the JSON is cut short.
BOOST_AUTO_TEST_CASE(captured_answer_closed_midway_is_a_bad_envelope)
{
    TestHttpServer server(Behaviour::close_mid_answer, captured_response("13-FetchModules.txt"));
    auto result = client_for(server)->fetch_modules(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_bad_envelope, result.error().message());
    check_no_password(result.error());
}

BOOST_AUTO_TEST_CASE(closed_mid_answer_with_a_length_cannot_connect)
{
    TestHttpServer server(Behaviour::close_mid_answer,
        testing::http_reply(R"({"success":true,"result":{"announcement":"A long announcement"}})"));
    auto result = client_for(server)->fetch_announcement(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_cannot_connect, result.error().message());
}

BOOST_AUTO_TEST_CASE(a_proxy_error_page_is_a_crm_out_of_reach)
{
    TestHttpServer server(Behaviour::answer,
        testing::http_reply("<html><body><h1>502 Bad Gateway</h1></body></html>", "HTTP/1.1 502 Bad Gateway"));
    auto result = client_for(server)->fetch_profile(k_jane);
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_unavailable);
    BOOST_TEST(result.error().message().find("FetchProfile: the CRM answered HTTP 502 with \"<html><body><h1>502")
            != std::string::npos,
        result.error().message());
}

BOOST_AUTO_TEST_CASE(non_json_body_is_a_bad_envelope)
{
    TestHttpServer server(Behaviour::answer, testing::http_reply("Fatal error: Allowed memory size exhausted"));
    auto result = client_for(server)->search_faqs(k_jane, "password");
    BOOST_TEST_REQUIRE(!result.ok());
    BOOST_TEST(result.error().code() == codes::k_bad_envelope);
    BOOST_TEST(
        result.error().message().find("SearchFaqs: the CRM's answer is not customer-portal JSON") != std::string::npos,
        result.error().message());
}

BOOST_AUTO_TEST_CASE(change_password_hides_both_passwords)
{
    TestHttpServer server(Behaviour::answer,
        testing::http_reply("<b>Warning</b>: password=Portal@123 newPassword=N3w-Secret", "HTTP/1.1 500 Oops"));
    auto result = client_for(server)->change_password(k_jane, "N3w-Secret");
    BOOST_TEST_REQUIRE(!result.ok());
    check_no_password(result.error());
    BOOST_TEST(result.error().message().find("N3w-Secret") == std::string::npos, result.error().message());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parallel)

// The server holds every reply until two requests have arrived. Calls in
// flight at once both connect before the first reply; calls one after the
// other could not (the second would start after the first was answered).
BOOST_AUTO_TEST_CASE(two_slow_calls_overlap)
{
    TestHttpServer server(Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    server.hold_replies_until(2);
    auto client = client_for(server);
    auto [first, second] = run_parallel([&] { return client->ping(k_jane); }, [&] { return client->ping(k_jane); });
    BOOST_TEST(first.ok());
    BOOST_TEST(second.ok());
    auto accepted = server.accepted_at();
    auto answered = server.answered_at();
    BOOST_TEST_REQUIRE(accepted.size() == 2u);
    BOOST_TEST_REQUIRE(answered.size() == 2u);
    BOOST_TEST((accepted[1] < answered[0]));
}

BOOST_AUTO_TEST_CASE(a_list_of_calls_answers_in_order)
{
    TestHttpServer server(Behaviour::answer, testing::http_reply(R"({"success":true,"result":"login success"})"));
    server.hold_replies_until(3);
    auto client = client_for(server);
    std::vector<std::function<base::Result<void>()>> calls;
    for (int call = 0; call < 3; ++call)
        calls.push_back([&] { return client->ping(k_jane); });
    auto results = run_parallel(std::move(calls));
    BOOST_TEST_REQUIRE(results.size() == 3u);
    for (const auto& result : results)
        BOOST_TEST(result.ok());
    auto accepted = server.accepted_at();
    BOOST_TEST_REQUIRE(accepted.size() == 3u);
    BOOST_TEST((accepted[2] < server.answered_at()[0]));
}

BOOST_AUTO_TEST_SUITE_END()
