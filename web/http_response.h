#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace web {

struct CookieOptions {
    std::string path = "/";
    bool http_only = true;
    bool secure = false;
    std::string same_site = "Lax";
    // Negative: a session cookie; 0: delete now; positive: Max-Age seconds.
    long max_age = -1;
};

// What a handler answers. The server writes the status line, the headers in
// order and the body.
struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    static HttpResponse html(int status, std::string body);
    static HttpResponse text(int status, std::string body);
    static HttpResponse redirect(std::string_view location, int status = 303);

    void set_header(std::string_view name, std::string_view value);
    void add_header(std::string_view name, std::string_view value);
    const std::string* header(std::string_view name) const;
    void set_cookie(std::string_view name, std::string_view value, const CookieOptions& options);
};

// The reason phrase of a status code, "" for codes without a common one.
std::string_view status_reason(int status);

// "Status: 200 OK\r\n", the headers in order and the blank line, as a FastCGI
// responder writes them before the body. Headers with CR, LF or other control
// characters are dropped (and logged) here too, since handlers may fill
// `headers` directly.
std::string cgi_response_head(const HttpResponse& response);

}
