#define BOOST_TEST_MODULE smtp_client
#include <boost/test/unit_test.hpp>

#include "reference-crm/mail/outbox_sender.h"
#include "reference-crm/mail/smtp_client.h"

using namespace refcrm::mail;

BOOST_AUTO_TEST_CASE(the_data_section_has_crlf_lines_doubled_leading_dots_and_an_end)
{
    SmtpOptions options;
    options.from = "support@example.com";
    std::string data = data_section(options, { "eve@example.com", "Hello", "line one\n.hidden dot\nlast" });
    BOOST_TEST(data.starts_with("From: support@example.com\r\nTo: eve@example.com\r\nSubject: Hello\r\n"));
    BOOST_TEST(data.find("Content-Type: text/plain; charset=UTF-8\r\n") != std::string::npos);
    BOOST_TEST(data.ends_with("\r\n\r\nline one\r\n..hidden dot\r\nlast\r\n."));
}

BOOST_AUTO_TEST_CASE(no_text_can_add_a_header)
{
    SmtpOptions options;
    std::string data = data_section(options, { "eve@example.com", "Hi\r\nBcc: mallory@example.com", "body" });
    BOOST_TEST(data.find("\r\nBcc:") == std::string::npos);
    BOOST_TEST(data.find("Subject: Hi  Bcc: mallory@example.com\r\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_malformed_recipient_is_refused_before_any_connection)
{
    SmtpOptions options;
    options.host = "192.0.2.1"; // never reached
    auto sent = send_message(options, { "eve@example.com>\r\nRCPT TO:<mallory@example.com", "x", "y" });
    BOOST_TEST_REQUIRE(!sent.ok());
    BOOST_TEST(sent.error().message().find("malformed address") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_relay_comes_from_the_environment)
{
    auto none = smtp_from_environment([](const std::string&) { return std::optional<std::string>(); });
    BOOST_TEST_REQUIRE(none.ok());
    BOOST_TEST(!none->has_value());
    auto set = smtp_from_environment([](const std::string& name) -> std::optional<std::string> {
        if (name == "REFCRM_SMTP_HOST")
            return "127.0.0.1";
        if (name == "REFCRM_SMTP_PORT")
            return "2525";
        return std::nullopt;
    });
    BOOST_TEST_REQUIRE(set.ok());
    BOOST_TEST((*set)->port == 2525);
    auto bad = smtp_from_environment([](const std::string& name) -> std::optional<std::string> {
        return name == "REFCRM_SMTP_HOST" ? "mail" : "70000";
    });
    BOOST_TEST(!bad.ok());
}
