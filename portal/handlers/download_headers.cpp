#include "portal/handlers/download_headers.h"

#include <algorithm>
#include <cctype>

namespace portal {

namespace {

constexpr std::size_t k_max_name = 200;

bool is_token_character(char c)
{
    return std::isalnum(static_cast<unsigned char>(c))
        || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

bool is_token(std::string_view text)
{
    return !text.empty() && text.size() <= 100 && std::all_of(text.begin(), text.end(), is_token_character);
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string trimmed(std::string_view text)
{
    auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return "";
    auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

// The last path segment without characters that could break the header or
// name a hidden or relative file.
std::string clean_name(std::string_view file_name)
{
    auto slash = file_name.find_last_of("/\\");
    if (slash != std::string_view::npos)
        file_name.remove_prefix(slash + 1);
    std::string name;
    for (char c : file_name) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7f && c != '"' && c != ';')
            name += c;
    }
    name = trimmed(name);
    while (!name.empty() && name.front() == '.')
        name.erase(0, 1);
    if (name.size() > k_max_name)
        name.resize(k_max_name);
    return name.empty() ? "download" : name;
}

std::string ascii_fallback(std::string_view name)
{
    std::string out;
    for (char c : name)
        out += static_cast<unsigned char>(c) < 0x80 && c != '%' ? c : '_';
    return out;
}

// RFC 5987 attr-char, everything else percent-encoded.
std::string percent_encoded(std::string_view name)
{
    constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : name) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos)
            out += c;
        else {
            out += '%';
            out += k_hex[byte >> 4];
            out += k_hex[byte & 0xf];
        }
    }
    return out;
}

}

std::string safe_content_type(std::string_view crm_type)
{
    std::string text = lower(crm_type);
    auto semicolon = text.find(';');
    std::string type = trimmed(std::string_view(text).substr(0, semicolon));
    auto slash = type.find('/');
    if (slash == std::string::npos || !is_token(type.substr(0, slash)) || !is_token(type.substr(slash + 1)))
        return "application/octet-stream";
    if (semicolon != std::string::npos) {
        std::string parameter = trimmed(std::string_view(text).substr(semicolon + 1));
        if (parameter.starts_with("charset=") && is_token(parameter.substr(8)))
            type += "; " + parameter;
    }
    return type;
}

std::string attachment_disposition(std::string_view file_name)
{
    std::string name = clean_name(file_name);
    return "attachment; filename=\"" + ascii_fallback(name) + "\"; filename*=UTF-8''" + percent_encoded(name);
}

}
