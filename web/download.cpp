#include "web/download.h"

#include "base/strings.h"
#include "base/utf8.h"

#include <algorithm>

namespace web {

namespace {

constexpr std::size_t k_max_file_name_bytes = 150;
constexpr std::size_t k_max_media_type_bytes = 127;

bool is_token_character(char c)
{
    auto byte = static_cast<unsigned char>(c);
    return (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
        || std::string_view("!#$&^_.+-").find(c) != std::string_view::npos;
}

bool is_token(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), is_token_character);
}

}

std::string clean_file_name(std::string_view name, std::string_view fallback)
{
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    std::string clean;
    for (char c : name) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7f && c != '"' && c != ';')
            clean += c;
    }
    std::string_view kept = base::trim(clean);
    kept.remove_prefix(std::min(kept.find_first_not_of('.'), kept.size()));
    // A name that is no valid UTF-8 keeps its ASCII characters only.
    std::string result(kept);
    if (!base::utf8_length(result))
        std::erase_if(result, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    result = std::string(base::trim(base::utf8_prefix(result, k_max_file_name_bytes)));
    return result.empty() ? std::string(fallback) : result;
}

std::string safe_media_type(std::string_view type)
{
    std::string text = base::to_lower(type);
    auto semicolon = text.find(';');
    std::string media(base::trim(std::string_view(text).substr(0, semicolon)));
    auto slash = media.find('/');
    if (slash == std::string::npos || media.size() > k_max_media_type_bytes || !is_token(media.substr(0, slash))
        || !is_token(media.substr(slash + 1)))
        return "application/octet-stream";
    if (semicolon != std::string::npos) {
        std::string parameter(base::trim(std::string_view(text).substr(semicolon + 1)));
        if (parameter.starts_with("charset=") && is_token(parameter.substr(8)))
            media += "; " + parameter;
    }
    return media;
}

std::string content_disposition(Disposition disposition, std::string_view file_name)
{
    std::string name = clean_file_name(file_name);
    bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::string fallback = name;
    std::replace_if(
        fallback.begin(), fallback.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80 || c == '\\'; },
        '_');
    std::string value = disposition == Disposition::attachment ? "attachment" : "inline";
    value += "; filename=\"" + fallback + "\"";
    if (!ascii)
        value += "; filename*=UTF-8''" + base::percent_encode(name);
    return value;
}

HttpResponse file_response(
    std::string bytes, std::string_view file_name, std::string_view media_type, Disposition disposition)
{
    HttpResponse response;
    response.status = 200;
    response.body = std::move(bytes);
    response.set_header("Content-Type", safe_media_type(media_type));
    response.set_header("Content-Disposition", content_disposition(disposition, file_name));
    response.set_header("Cache-Control", "private, no-store");
    return response;
}

}
