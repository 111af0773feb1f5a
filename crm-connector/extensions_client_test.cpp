#define BOOST_TEST_MODULE extensions_client_test
#include <boost/test/unit_test.hpp>

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/json_client.h"
#include "crm-connector/test_http_server.h"

// The reference CRM's extension operations through the real CurlTransport
// client, against a loopback server answering as the reference CRM does,
// and as a Vtiger without the extensions does.

using namespace crm;
using crm::testing::TestHttpServer;
namespace codes = crm::error_codes;
using Behaviour = TestHttpServer::Behaviour;

namespace {

const Credentials k_jane { "jane.portal@example.com", "Portal@123", "" };
constexpr std::string_view k_token = "17.0123456789abcdef0123456789abcdef0123456789abcdef";

std::string reply_with(std::string_view body, int status = 200)
{
    return "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Internal Server Error")
        + "\r\nContent-Type: text/html; charset=UTF-8\r\nConnection: close\r\n\r\n" + std::string(body);
}

std::unique_ptr<JsonCrmClient> client_for(const TestHttpServer& server)
{
    JsonClientOptions options;
    options.site_url = server.site_url();
    options.connect_timeout_ms = 2000;
    options.timeout_ms = 5000;
    auto client = JsonCrmClient::create(options);
    BOOST_TEST_REQUIRE(client.ok());
    return client.release_value();
}

std::string only_request(const TestHttpServer& server)
{
    auto requests = server.requests();
    BOOST_TEST_REQUIRE(requests.size() == 1u);
    return requests.front();
}

}

BOOST_AUTO_TEST_CASE(lists_the_extensions_without_a_login)
{
    TestHttpServer server(Behaviour::answer_and_close,
        reply_with(R"({"success":true,"result":{"extensions":["CheckPasswordToken","SignUp","FetchLoginHistory"]}})"));
    auto names = client_for(server)->fetch_extensions();
    BOOST_TEST_REQUIRE(names.ok());
    BOOST_TEST(names->size() == 3u);
    BOOST_TEST((*names)[1] == "SignUp");
    std::string sent = only_request(server);
    BOOST_TEST(sent.ends_with("\r\n\r\n_operation=Ping&extensions=list"));
    BOOST_TEST(sent.find("Authorization: Basic " + base::base64_encode("portal:")) != std::string::npos);
}

// A stock Vtiger takes the probe for a failed login (no error in its logs):
// no extensions. Anything else that is not a list is a fault, not an answer.
BOOST_AUTO_TEST_CASE(a_stock_vtiger_answers_the_probe_as_a_failed_login)
{
    TestHttpServer vtiger(
        Behaviour::answer_and_close, reply_with(R"({"success":false,"error":{"code":1412,"message":"Login failed"}})"));
    auto names = client_for(vtiger)->fetch_extensions();
    BOOST_TEST_REQUIRE(names.ok());
    BOOST_TEST(names->empty());

    TestHttpServer fatal(Behaviour::answer_and_close, reply_with("", 500));
    auto failed = client_for(fatal)->fetch_extensions();
    BOOST_TEST_REQUIRE(!failed.ok());
    BOOST_TEST(!failed.error().is(codes::k_cannot_connect));
}

BOOST_AUTO_TEST_CASE(reads_a_password_link)
{
    TestHttpServer server(Behaviour::answer_and_close,
        reply_with(R"({"success":true,"result":{"status":"valid","purpose":"invitation","email":"eve@example.com"}})"));
    auto link = client_for(server)->check_password_token(k_token);
    BOOST_TEST_REQUIRE(link.ok());
    BOOST_TEST((link->status == PasswordLink::Status::valid));
    BOOST_TEST(link->invitation);
    BOOST_TEST(link->email == "eve@example.com");
    BOOST_TEST(only_request(server).find("_operation=CheckPasswordToken&token=17.0123") != std::string::npos);

    TestHttpServer used(
        Behaviour::answer_and_close, reply_with(R"({"success":true,"result":{"status":"used","purpose":"reset"}})"));
    auto used_link = client_for(used)->check_password_token(k_token);
    BOOST_TEST_REQUIRE(used_link.ok());
    BOOST_TEST((used_link->status == PasswordLink::Status::used));
    BOOST_TEST(!used_link->invitation);
}

BOOST_AUTO_TEST_CASE(an_unknown_link_is_its_own_error_and_the_secrets_stay_out_of_it)
{
    TestHttpServer server(Behaviour::answer_and_close,
        reply_with(R"({"success":false,"error":{"code":1412,"message":"Invalid or expired token"}})"));
    auto set = client_for(server)->reset_password_with_token(k_token, "N3w-Secret-Pass");
    BOOST_TEST_REQUIRE(!set.ok());
    BOOST_TEST(set.error().code() == codes::k_invalid_link);
    BOOST_TEST(set.error().message().find("N3w-Secret-Pass") == std::string::npos);
    BOOST_TEST(set.error().message().find(std::string(k_token)) == std::string::npos);
    std::string sent = only_request(server);
    BOOST_TEST(sent.find("_operation=ResetPasswordWithToken&token=") != std::string::npos);
    BOOST_TEST(sent.find("&newPassword=N3w-Secret-Pass") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reads_why_a_login_was_refused)
{
    TestHttpServer server(Behaviour::answer_and_close,
        reply_with(R"({"success":true,"result":{"status":"expired","support_start_date":"2020-01-01",)"
                   R"("support_end_date":"2021-12-31","company":{"organizationname":"Northwind","phone":"+1 555",)"
                   R"("id":"23x1"}}})"));
    auto status = client_for(server)->fetch_account_status(k_jane);
    BOOST_TEST_REQUIRE(status.ok());
    BOOST_TEST((status->state == AccountStatus::State::expired));
    BOOST_TEST(status->support_end_date == "2021-12-31");
    BOOST_TEST(status->company.value_of("phone") == "+1 555");
    BOOST_TEST(only_request(server).find("_operation=FetchAccountStatus&username=jane.portal%40example.com")
        != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reads_the_sign_in_history_and_reports_the_browser)
{
    TestHttpServer history(Behaviour::answer_and_close,
        reply_with(R"({"success":true,"result":[{"time":"2026-11-25 16:04:31","browser":"Firefox/120",)"
                   R"("address":"192.0.2.7"}]})"));
    auto sign_ins = client_for(history)->fetch_login_history(k_jane, 20);
    BOOST_TEST_REQUIRE(sign_ins.ok());
    BOOST_TEST_REQUIRE(sign_ins->size() == 1u);
    BOOST_TEST((*sign_ins)[0].address == "192.0.2.7");
    BOOST_TEST(only_request(history).find("_operation=FetchLoginHistory&limit=20") != std::string::npos);

    TestHttpServer login(Behaviour::answer_and_close, reply_with(R"({"success":true,"result":true})"));
    BOOST_TEST(client_for(login)->update_login_details(k_jane, LoginEvent::login, { "Firefox/120", "192.0.2.7" }).ok());
    BOOST_TEST(only_request(login).find("status=Login&browser=Firefox%2F120&address=192.0.2.7") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(signs_up_and_confirms)
{
    TestHttpServer server(
        Behaviour::answer_and_close, reply_with(R"({"success":true,"result":"Confirmation mail sent"})"));
    SignUpRequest request { "Eve", "East", "eve@example.com", "", "Long-Secret-1" };
    BOOST_TEST(client_for(server)->sign_up(request, "de_de").ok());
    std::string sent = only_request(server);
    BOOST_TEST(sent.find("_operation=SignUp&firstname=Eve&lastname=East&email=eve%40example.com&organisation="
                         "&password=Long-Secret-1&language=de_de")
        != std::string::npos);

    TestHttpServer confirm(
        Behaviour::answer_and_close, reply_with(R"({"success":true,"result":{"email":"eve@example.com"}})"));
    auto email = client_for(confirm)->confirm_sign_up(k_token);
    BOOST_TEST_REQUIRE(email.ok());
    BOOST_TEST(*email == "eve@example.com");
}
