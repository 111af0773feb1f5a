#include "base/utf8.h"

namespace base {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the sequence a lead byte starts, 0 for a byte that starts none.
std::size_t sequence_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

}

std::optional<std::size_t> utf8_length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = sequence_length(lead);
        if (length == 0 || i + length > text.size())
            return std::nullopt;
        for (std::size_t k = 1; k < length; ++k) {
            if (!is_continuation(static_cast<unsigned char>(text[i + k])))
                return std::nullopt;
        }
        auto second = static_cast<unsigned char>(length > 1 ? text[i + 1] : 0);
        bool overlong_or_surrogate = (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
            || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F);
        if (overlong_or_surrogate)
            return std::nullopt;
        i += length;
    }
    return count;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes)
{
    if (text.size() <= max_bytes)
        return text;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(static_cast<unsigned char>(text[end])))
        --end;
    return text.substr(0, end);
}

}
