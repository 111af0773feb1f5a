#include "reference-crm/utf8.h"

namespace refcrm::utf8 {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Allowed range of the second byte, per the table in RFC 3629 section 4.
struct LeadRule {
    std::size_t length;
    unsigned char second_min;
    unsigned char second_max;
};

LeadRule rule_for(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return { 2, 0x80, 0xBF };
    if (lead == 0xE0)
        return { 3, 0xA0, 0xBF };
    if (lead == 0xED)
        return { 3, 0x80, 0x9F };
    if (lead >= 0xE1 && lead <= 0xEF)
        return { 3, 0x80, 0xBF };
    if (lead == 0xF0)
        return { 4, 0x90, 0xBF };
    if (lead >= 0xF1 && lead <= 0xF3)
        return { 4, 0x80, 0xBF };
    if (lead == 0xF4)
        return { 4, 0x80, 0x8F };
    return { 0, 0, 0 };
}

}

std::size_t sequence_length(std::string_view text, std::size_t position)
{
    auto lead = static_cast<unsigned char>(text[position]);
    if (lead < 0x80)
        return 1;
    LeadRule rule = rule_for(lead);
    if (rule.length == 0 || position + rule.length > text.size())
        return 0;
    auto second = static_cast<unsigned char>(text[position + 1]);
    if (second < rule.second_min || second > rule.second_max)
        return 0;
    for (std::size_t i = 2; i < rule.length; ++i) {
        if (!is_continuation(static_cast<unsigned char>(text[position + i])))
            return 0;
    }
    return rule.length;
}

void append_code_point(std::string& out, std::uint32_t code_point)
{
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

}
