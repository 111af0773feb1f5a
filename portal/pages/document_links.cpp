#include "portal/pages/document_links.h"

#include "base/strings.h"

#include <algorithm>
#include <cctype>

namespace portal {

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
