#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace refcrm::utf8 {

// Length of the well-formed UTF-8 sequence starting at text[position]
// (1–4), or 0 when the bytes there are not well-formed (overlong forms,
// surrogates and code points above U+10FFFF count as not well-formed).
std::size_t sequence_length(std::string_view text, std::size_t position);

void append_code_point(std::string& out, std::uint32_t code_point);

inline constexpr std::string_view k_replacement_character = "\xEF\xBF\xBD";

}
