#include "portal/handlers/download.h"

#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace portal {

namespace {

constexpr std::size_t k_max_filename_bytes = 150;

// The last path segment, without control characters, quotes or backslashes
// (a browser could read them as a path, or as the end of the header value).
std::string base_name(std::string_view filename)
{
    std::size_t slash = filename.find_last_of("/\\");
    if (slash != std::string_view::npos)
        filename.remove_prefix(slash + 1);
    std::string name;
    for (char c : filename) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F && c != '"' && c != '\\')
            name += c;
    }
    std::string trimmed(base::trim(name));
    trimmed.erase(0, trimmed.find_first_not_of('.'));
    if (trimmed.size() > k_max_filename_bytes) {
        std::size_t cut = k_max_filename_bytes;
        while (cut > 0 && (static_cast<unsigned char>(trimmed[cut]) & 0xC0) == 0x80)
            --cut;
        trimmed.resize(cut);
    }
    return trimmed.empty() ? "document" : trimmed;
}

// RFC 5987 attr-chars stay, every other byte is percent-encoded.
std::string percent_encode(std::string_view text)
{
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += k_hex[byte >> 4];
            out += k_hex[byte & 0x0F];
        }
    }
    return out;
}

}

std::string content_disposition(std::string_view filename)
{
    std::string name = base_name(filename);
    std::string ascii = name;
    std::replace_if(
        ascii.begin(), ascii.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }, '_');
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percent_encode(name);
}

web::HttpResponse file_download(const crm::DownloadedFile& file)
{
    web::HttpResponse response;
    response.status = 200;
    response.body = file.bytes;
    response.set_header("Content-Type", safe_content_type(file.content_type));
    response.set_header("Content-Disposition", content_disposition(file.filename));
    response.set_header("Cache-Control", "private, no-store");
    return response;
}

}
