#include "reference-crm/json.h"
#include "reference-crm/utf8.h"

namespace refcrm::json {

namespace {

void append_control(std::string& out, unsigned char byte)
{
    static constexpr char k_hex[] = "0123456789abcdef";
    switch (byte) {
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        out += "\\u00";
        out += k_hex[byte >> 4];
        out += k_hex[byte & 0x0F];
    }
}

void append_value(std::string& out, const Value& value);

void append_array(std::string& out, const Value& value)
{
    out += '[';
    bool first = true;
    for (const auto& item : value.items()) {
        if (!first)
            out += ',';
        first = false;
        append_value(out, item);
    }
    out += ']';
}

void append_object(std::string& out, const Value& value)
{
    out += '{';
    bool first = true;
    for (const auto& [key, member] : value.members()) {
        if (!first)
            out += ',';
        first = false;
        append_quoted(out, key);
        out += ':';
        append_value(out, member);
    }
    out += '}';
}

void append_value(std::string& out, const Value& value)
{
    switch (value.kind()) {
    case Value::Kind::null:
        out += "null";
        return;
    case Value::Kind::boolean:
    case Value::Kind::number:
        out += value.text();
        return;
    case Value::Kind::string:
        append_quoted(out, value.text());
        return;
    case Value::Kind::array:
        append_array(out, value);
        return;
    case Value::Kind::object:
        append_object(out, value);
        return;
    }
}

}

// Valid UTF-8 passes through unchanged; bytes that are not well-formed
// UTF-8 become U+FFFD so that the document stays valid JSON.
void append_quoted(std::string& out, std::string_view text)
{
    out += '"';
    std::size_t position = 0;
    while (position < text.size()) {
        auto byte = static_cast<unsigned char>(text[position]);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
            ++position;
        } else if (byte < 0x20) {
            append_control(out, byte);
            ++position;
        } else if (std::size_t length = utf8::sequence_length(text, position); length > 0) {
            out.append(text.substr(position, length));
            position += length;
        } else {
            out += utf8::k_replacement_character;
            ++position;
        }
    }
    out += '"';
}

std::string serialize(const Value& value)
{
    std::string out;
    append_value(out, value);
    return out;
}

}
