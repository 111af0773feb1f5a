#include "web/http_response.h"

#include "base/log.h"
#include "base/strings.h"

#include <algorithm>
#include <array>

namespace web {

namespace {

constexpr std::string_view k_log = "web";

constexpr std::array<std::pair<int, std::string_view>, 34> k_reasons { {
    { 100, "Continue" },
    { 101, "Switching Protocols" },
    { 200, "OK" },
    { 201, "Created" },
    { 202, "Accepted" },
    { 204, "No Content" },
    { 206, "Partial Content" },
    { 301, "Moved Permanently" },
    { 302, "Found" },
    { 303, "See Other" },
    { 304, "Not Modified" },
    { 307, "Temporary Redirect" },
    { 308, "Permanent Redirect" },
    { 400, "Bad Request" },
    { 401, "Unauthorized" },
    { 403, "Forbidden" },
    { 404, "Not Found" },
    { 405, "Method Not Allowed" },
    { 406, "Not Acceptable" },
    { 408, "Request Timeout" },
    { 409, "Conflict" },
    { 410, "Gone" },
    { 411, "Length Required" },
    { 412, "Precondition Failed" },
    { 413, "Content Too Large" },
    { 414, "URI Too Long" },
    { 415, "Unsupported Media Type" },
    { 422, "Unprocessable Content" },
    { 429, "Too Many Requests" },
    { 500, "Internal Server Error" },
    { 501, "Not Implemented" },
    { 502, "Bad Gateway" },
    { 503, "Service Unavailable" },
    { 504, "Gateway Timeout" },
} };

bool is_token_char(unsigned char c)
{
    static constexpr std::string_view k_separators = "()<>@,;:\\\"/[]?={} \t";
    return c > 0x20 && c < 0x7F && k_separators.find(static_cast<char>(c)) == std::string_view::npos;
}

bool is_token(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return is_token_char(c); });
}

// Control characters (CR and LF above all) would let a value start a header
// of its own; a horizontal tab is the one allowed.
bool is_safe_value(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7F;
    });
}

bool is_valid_header(std::string_view name, std::string_view value)
{
    if (is_token(name) && is_safe_value(value))
        return true;
    base::log::warning(k_log, "dropped the response header \"" + std::string(name) + "\": invalid name or value");
    return false;
}

bool same_name(std::string_view a, std::string_view b) { return base::to_lower(a) == base::to_lower(b); }

// RFC 6265 cookie-octet: visible ASCII but DQUOTE, comma, semicolon and backslash.
bool is_cookie_value(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7F && c != '"' && c != ',' && c != ';' && c != '\\';
    });
}

std::string same_site_attribute(std::string_view same_site)
{
    for (std::string_view known : { "Strict", "Lax", "None" }) {
        if (same_name(same_site, known))
            return "; SameSite=" + std::string(known);
    }
    if (!same_site.empty())
        base::log::warning(k_log, "ignored the unknown cookie SameSite value \"" + std::string(same_site) + "\"");
    return "";
}

std::string cookie_attributes(const CookieOptions& options)
{
    std::string out;
    if (!options.path.empty() && options.path.find(';') == std::string::npos && is_safe_value(options.path))
        out += "; Path=" + options.path;
    if (options.max_age == 0)
        out += "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    else if (options.max_age > 0)
        out += "; Max-Age=" + std::to_string(options.max_age);
    if (options.secure)
        out += "; Secure";
    if (options.http_only)
        out += "; HttpOnly";
    return out + same_site_attribute(options.same_site);
}

}

HttpResponse HttpResponse::html(int status, std::string body)
{
    HttpResponse response { status, { { "Content-Type", "text/html; charset=utf-8" } }, std::move(body) };
    return response;
}

HttpResponse HttpResponse::text(int status, std::string body)
{
    HttpResponse response { status, { { "Content-Type", "text/plain; charset=utf-8" } }, std::move(body) };
    return response;
}

HttpResponse HttpResponse::redirect(std::string_view location, int status)
{
    HttpResponse response;
    response.status = status;
    response.set_header("Location", location);
    return response;
}

void HttpResponse::set_header(std::string_view name, std::string_view value)
{
    if (!is_valid_header(name, value))
        return;
    std::erase_if(headers, [name](const auto& header) { return same_name(header.first, name); });
    headers.emplace_back(name, value);
}

void HttpResponse::add_header(std::string_view name, std::string_view value)
{
    if (is_valid_header(name, value))
        headers.emplace_back(name, value);
}

const std::string* HttpResponse::header(std::string_view name) const
{
    for (const auto& [header_name, value] : headers) {
        if (same_name(header_name, name))
            return &value;
    }
    return nullptr;
}

void HttpResponse::set_cookie(std::string_view name, std::string_view value, const CookieOptions& options)
{
    if (!is_token(name) || !is_cookie_value(value)) {
        base::log::warning(k_log, "dropped the cookie \"" + std::string(name) + "\": invalid name or value");
        return;
    }
    add_header("Set-Cookie", std::string(name) + "=" + std::string(value) + cookie_attributes(options));
}

std::string_view status_reason(int status)
{
    auto it = std::find_if(
        k_reasons.begin(), k_reasons.end(), [status](const auto& entry) { return entry.first == status; });
    return it == k_reasons.end() ? std::string_view() : it->second;
}

std::string cgi_response_head(const HttpResponse& response)
{
    int status = response.status;
    if (status < 100 || status > 999) {
        base::log::error(k_log, "a handler answered with the invalid status " + std::to_string(status) + "; sent 500");
        status = 500;
    }
    std::string_view reason = status_reason(status);
    std::string head = "Status: " + std::to_string(status) + (reason.empty() ? "" : " ") + std::string(reason) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        if (is_valid_header(name, value))
            head.append(name).append(": ").append(value).append("\r\n");
    }
    return head.append("\r\n");
}

}
