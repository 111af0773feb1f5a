#include "portal/handlers/document_download.h"

#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace portal {

namespace {

bool is_token_char(unsigned char c)
{
    return std::isalnum(c) || std::string_view("!#$&^_.+-").find(static_cast<char>(c)) != std::string_view::npos;
}

// "type/subtype" of RFC 6838 names; parameters are dropped.
std::string media_type(std::string_view type)
{
    std::string lower = base::to_lower(base::trim(type.substr(0, type.find(';'))));
    auto slash = lower.find('/');
    bool valid = slash != std::string::npos && slash > 0 && slash + 1 < lower.size() && lower.size() <= 127
        && std::count(lower.begin(), lower.end(), '/') == 1
        && std::all_of(lower.begin(), lower.end(), [](unsigned char c) { return c == '/' || is_token_char(c); });
    return valid ? lower : "application/octet-stream";
}

// The name for the quoted filename= form: ASCII only, no quotes or
// backslashes; other characters become "_".
std::string ascii_name(std::string_view name)
{
    std::string ascii;
    for (unsigned char c : name)
        ascii += c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? static_cast<char>(c) : '_';
    return ascii;
}

std::string safe_file_name(std::string_view name)
{
    auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    std::string clean;
    for (unsigned char c : name) {
        if (c >= 0x20 && c != 0x7f)
            clean += static_cast<char>(c);
    }
    return clean.empty() ? "download" : clean;
}

// RFC 5987 value characters; everything else percent-encoded byte by byte.
std::string rfc5987_encode(std::string_view text)
{
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        }
    }
    return out;
}

}

web::HttpResponse file_response(crm::DownloadedFile file)
{
    web::HttpResponse response;
    response.status = 200;
    std::string name = safe_file_name(file.filename);
    response.set_header("Content-Type", media_type(file.content_type));
    response.set_header("Content-Disposition",
        "attachment; filename=\"" + ascii_name(name) + "\"; filename*=UTF-8''" + rfc5987_encode(name));
    response.set_header("Cache-Control", "private, no-store");
    response.body = std::move(file.bytes);
    return response;
}

bool is_web_address(std::string_view text)
{
    std::string lower = base::to_lower(text.substr(0, 8));
    bool scheme = lower.starts_with("http://") || lower.starts_with("https://");
    return scheme && text.size() <= 2048
        && std::none_of(text.begin(), text.end(), [](unsigned char c) { return c <= 0x20 || c == 0x7f; });
}

void add_download_link(ViewData& data, const crm::Record& document, const std::string& download_url)
{
    std::string location = document.value_of("filename");
    if (is_web_address(location))
        data.add_row("EXTERNAL_LINK").set("LINK_URL", location);
    else if (!location.empty())
        data.add_row("DOWNLOAD").set("DOWNLOAD_URL", download_url);
}

}
