#include "reference-crm/json.h"
#include "reference-crm/utf8.h"

#include <optional>

namespace refcrm::json {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<std::uint32_t> hex_value(char c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return std::nullopt;
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text)
    {
    }

    base::Result<Value> parse_document()
    {
        Value value = TRY(parse_value(0));
        skip_whitespace();
        if (m_position != m_text.size())
            return fail("unexpected text after the value");
        return value;
    }

private:
    base::Error fail(std::string_view reason) const
    {
        return base::Error(
            "json.syntax", "invalid JSON at offset " + std::to_string(m_position) + ": " + std::string(reason));
    }

    bool at_end() const { return m_position >= m_text.size(); }
    char peek() const { return at_end() ? '\0' : m_text[m_position]; }

    void skip_whitespace()
    {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_position;
    }

    bool consume(char expected)
    {
        if (peek() != expected || at_end())
            return false;
        ++m_position;
        return true;
    }

    base::Result<Value> parse_value(int depth)
    {
        if (depth >= k_max_depth)
            return fail("nesting too deep");
        skip_whitespace();
        switch (peek()) {
        case '{':
            return parse_object(depth);
        case '[':
            return parse_array(depth);
        case '"':
            return Value(TRY(parse_string()));
        case 't':
            return parse_literal("true", Value::boolean(true));
        case 'f':
            return parse_literal("false", Value::boolean(false));
        case 'n':
            return parse_literal("null", Value());
        default:
            return parse_number();
        }
    }

    base::Result<Value> parse_literal(std::string_view word, Value value)
    {
        if (m_text.substr(m_position, word.size()) != word)
            return fail("unknown literal");
        m_position += word.size();
        return value;
    }

    bool skip_digits()
    {
        std::size_t start = m_position;
        while (is_digit(peek()) && !at_end())
            ++m_position;
        return m_position > start;
    }

    base::Result<Value> parse_number()
    {
        std::size_t start = m_position;
        consume('-');
        if (consume('0')) {
            if (is_digit(peek()))
                return fail("leading zero in number");
        } else if (!skip_digits()) {
            return fail("expected a value");
        }
        if (consume('.') && !skip_digits())
            return fail("expected digits after the decimal point");
        if (consume('e') || consume('E')) {
            if (!consume('+'))
                consume('-');
            if (!skip_digits())
                return fail("expected digits in the exponent");
        }
        return Value::number_text(std::string(m_text.substr(start, m_position - start)));
    }

    base::Result<std::uint32_t> parse_hex4()
    {
        if (m_position + 4 > m_text.size())
            return fail("truncated \\u escape");
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            auto digit = hex_value(m_text[m_position++]);
            if (!digit)
                return fail("bad hex digit in \\u escape");
            value = value * 16 + *digit;
        }
        return value;
    }

    base::Result<std::uint32_t> parse_unicode_escape()
    {
        std::uint32_t first = TRY(parse_hex4());
        if (first >= 0xDC00 && first <= 0xDFFF)
            return fail("unpaired low surrogate");
        if (first < 0xD800 || first > 0xDBFF)
            return first;
        if (!consume('\\') || !consume('u'))
            return fail("unpaired high surrogate");
        std::uint32_t second = TRY(parse_hex4());
        if (second < 0xDC00 || second > 0xDFFF)
            return fail("unpaired high surrogate");
        return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
    }

    base::Result<void> parse_escape(std::string& out)
    {
        if (at_end())
            return fail("truncated escape");
        char c = m_text[m_position++];
        switch (c) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u':
            utf8::append_code_point(out, TRY(parse_unicode_escape()));
            break;
        default:
            return fail("unknown escape");
        }
        return {};
    }

    base::Result<std::string> parse_string()
    {
        ++m_position;
        std::string out;
        while (true) {
            if (at_end())
                return fail("unterminated string");
            auto byte = static_cast<unsigned char>(m_text[m_position]);
            if (byte == '"') {
                ++m_position;
                return out;
            }
            if (byte == '\\') {
                ++m_position;
                TRY(parse_escape(out));
                continue;
            }
            if (byte < 0x20)
                return fail("control character in string");
            std::size_t length = utf8::sequence_length(m_text, m_position);
            if (length == 0)
                return fail("invalid UTF-8 in string");
            out.append(m_text.substr(m_position, length));
            m_position += length;
        }
    }

    base::Result<Value> parse_array(int depth)
    {
        ++m_position;
        Value array = Value::array();
        skip_whitespace();
        if (consume(']'))
            return array;
        while (true) {
            array.push(TRY(parse_value(depth + 1)));
            skip_whitespace();
            if (consume(']'))
                return array;
            if (!consume(','))
                return fail("expected ',' or ']'");
        }
    }

    base::Result<Value> parse_object(int depth)
    {
        ++m_position;
        Value object = Value::object();
        skip_whitespace();
        if (consume('}'))
            return object;
        while (true) {
            skip_whitespace();
            if (peek() != '"' || at_end())
                return fail("expected a member name");
            std::string key = TRY(parse_string());
            skip_whitespace();
            if (!consume(':'))
                return fail("expected ':'");
            object.append_member(std::move(key), TRY(parse_value(depth + 1)));
            skip_whitespace();
            if (consume('}'))
                return object;
            if (!consume(','))
                return fail("expected ',' or '}'");
        }
    }

    std::string_view m_text;
    std::size_t m_position = 0;
};

}

base::Result<Value> parse(std::string_view text) { return Parser(text).parse_document(); }

}
