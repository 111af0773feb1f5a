#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace web {

// One uploaded file of a multipart/form-data POST.
struct UploadedFile {
    std::string field_name;
    std::string file_name;
    std::string content_type;
    std::string data;
};

// What a handler sees of one request. A plain value: built by the FastCGI
// server from the CGI environment and body, so handlers and tests never touch
// libfcgi or cgicc.
struct HttpRequest {
    std::string method; // "GET", "POST", …
    std::string path; // decoded path without the query: "/cases/17x101"
    std::string query_string; // raw, undecoded
    std::string remote_address;
    bool https = false;

    // Lower-case names without the "HTTP_" prefix: "user-agent", "authorization".
    std::map<std::string, std::string> headers;
    std::multimap<std::string, std::string> query;
    std::multimap<std::string, std::string> form;
    std::map<std::string, std::string> cookies;
    std::vector<UploadedFile> files;
    // Raw body as received (also for form posts).
    std::string body;
    // Set when the body exceeded the server's limit; body/form/files are empty then.
    bool body_too_large = false;

    // Filled by the router from "{name}" segments of the matched pattern.
    std::map<std::string, std::string> path_params;

    std::optional<std::string> header(std::string_view name) const;
    std::optional<std::string> query_param(std::string_view name) const;
    std::optional<std::string> form_param(std::string_view name) const;
    std::optional<std::string> cookie(std::string_view name) const;
    std::string path_param(std::string_view name) const;
};

}
