#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace base {

std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
std::string_view trim(std::string_view text);
std::string to_lower(std::string_view text);

// application/x-www-form-urlencoded rules: space as '+' when encoding a form.
std::string url_encode(std::string_view text);
std::string url_decode(std::string_view text);
// Every byte but RFC 3986's unreserved characters as %XX (a space too): for
// path segments and RFC 5987 values.
std::string percent_encode(std::string_view text);
// Decodes "%XX" escapes of a URL path: unlike a form, '+' stays '+'. A '%' not
// followed by two hex digits passes through unchanged in both.
std::string percent_decode(std::string_view text);

// Bytes as lower-case hex, and back (nullopt for anything but pairs of 0-9a-f).
std::string to_hex(std::string_view bytes);
std::optional<std::string> from_hex(std::string_view hex);

std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);

// Whole-string parse; nullopt on anything but optional sign and digits.
std::optional<std::int64_t> parse_int(std::string_view text);

}
