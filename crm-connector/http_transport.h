#pragma once

#include "base/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {

struct FormField {
    std::string name;
    std::string value;

    bool operator==(const FormField&) const = default;
};

// A file sent as a multipart/form-data part.
struct FilePart {
    std::string field_name = "file"; // the name the CRM reads uploads from
    std::string filename;
    std::string content_type; // empty: application/octet-stream
    std::string bytes;
};

// One POST with HTTP Basic credentials: application/x-www-form-urlencoded,
// or multipart/form-data when it carries a file.
struct FormPost {
    std::string url;
    std::vector<FormField> fields;
    std::string user;
    std::string password;
    std::optional<FilePart> file;
};

struct HttpReply {
    long status = 0;
    std::string body;
};

// How the connector reaches the CRM; a seam so tests can answer without a
// network. Any HTTP status is a reply; only a failure to get one is an Error
// (codes k_cannot_connect, k_tls_failure, k_timeout from crm_error.h).
// Implementations are thread-safe.
class HttpTransport {
public:
    virtual ~HttpTransport() = default;

    virtual base::Result<HttpReply> post_form(const FormPost& post) = 0;
};

// The body of a form post: name=value pairs joined by '&', url-encoded.
std::string encode_form(const std::vector<FormField>& fields);

// Replaces every occurrence of secret (and of its url-encoded form) by "***":
// no message or log line leaves the connector with a password in it.
std::string hide_secret(std::string text, std::string_view secret);

}
