#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace base {

// The number of characters of UTF-8 text, or nullopt when it is no valid
// UTF-8 (a stray byte, a cut sequence, an overlong or surrogate form).
std::optional<std::size_t> utf8_length(std::string_view text);

// The longest start of `text` of at most `max_bytes` bytes that ends on a
// character boundary (text is taken as valid UTF-8).
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}
