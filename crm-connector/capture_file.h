#pragma once

// Test support: reads the byte-exact CRM captures kept in testdata/captures/
// (copied from the shared crm-captures folder, format in its README.md).

#include "base/result.h"
#include "crm-connector/http_transport.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm::testing {

// One raw HTTP message: start line, headers, body (CRLF line endings).
struct HttpMessage {
    std::string start_line;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    std::optional<std::string> header(std::string_view name) const; // case-insensitive
};

struct Capture {
    std::string name;
    HttpMessage request;
    HttpMessage response;

    long response_status() const;
    HttpReply reply() const { return HttpReply { response_status(), response.body }; }
    // The request body as form fields, decoded, in the order sent: from a
    // url-encoded body, or the text parts of a multipart/form-data body.
    std::vector<FormField> request_form() const;
    // The file part of a multipart/form-data request, if any.
    std::optional<FilePart> request_file() const;
    std::optional<std::string> form_value(std::string_view name) const;
    // user and password of the request's "Authorization: Basic" header.
    std::optional<std::pair<std::string, std::string>> basic_credentials() const;
};

constexpr std::string_view k_captures_folder = "crm-connector/testdata/captures";

// file_name as in the shared folder, e.g. "01-Ping-good.txt"; read relative
// to the working directory (the repository root when run by ctest).
base::Result<Capture> read_capture(std::string_view file_name);
base::Result<Capture> parse_capture(std::string_view name, std::string_view text);

std::vector<FormField> parse_form(std::string_view body);

}
