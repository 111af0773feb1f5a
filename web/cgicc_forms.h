#pragma once

#include "base/result.h"
#include "web/http_request.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The one place that talks to cgicc. Inputs are captured strings, never the
// process's stdin or environment, so the functions are safe on any thread.
namespace web {

struct FormBody {
    std::multimap<std::string, std::string> fields;
    std::vector<UploadedFile> files;
};

// "a=1&b=x+y" → {a: "1", b: "x y"}, in the order sent.
std::multimap<std::string, std::string> parse_urlencoded(std::string_view text);

// An application/x-www-form-urlencoded or multipart/form-data body. Any other
// content type gives an empty FormBody; a malformed multipart body an error.
// cgicc URL-decodes uploaded file names, so a '+' in one arrives as a space.
base::Result<FormBody> parse_form_body(std::string_view content_type, std::string_view body);

// The Cookie header; the first of several cookies with one name wins (the
// browser sends the most specific path first).
std::map<std::string, std::string> parse_cookie_header(std::string_view header);

// Rewrites urlencoded text so cgicc reads it as browsers mean it: a name
// without '=' becomes an empty value instead of swallowing the next pair,
// empty pairs go, a stray '%' becomes "%25", and at most k_max_form_fields
// pairs are kept.
std::string normalize_urlencoded(std::string_view text);
inline constexpr std::size_t k_max_form_fields = 10000;

// The boundary parameter of a multipart Content-Type, quotes removed.
std::optional<std::string> multipart_boundary(std::string_view content_type);

}
