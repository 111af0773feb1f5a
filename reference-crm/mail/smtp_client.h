#pragma once

#include "base/result.h"

#include <string>

namespace refcrm::mail {

struct SmtpOptions {
    std::string host; // empty: mail stays in the outbox
    int port = 25;
    std::string from = "portal@localhost"; // envelope sender and From: address
    int timeout_seconds = 20;
};

struct Message {
    std::string to;
    std::string subject;
    std::string body; // plain text, UTF-8
};

// Hands one plain-text message to an SMTP relay (RFC 5321: EHLO, MAIL,
// RCPT, DATA, QUIT), without TLS or authentication: meant for a relay on
// the same host or network, as a local MTA is. Errors name the step and the
// server's reply.
base::Result<void> send_message(const SmtpOptions& options, const Message& message);

// The message as it goes after DATA: headers, the body with CRLF line ends
// and leading dots doubled, and the closing ".".
std::string data_section(const SmtpOptions& options, const Message& message);

}
