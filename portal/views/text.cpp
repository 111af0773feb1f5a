#include "portal/views/text.h"

#include <array>
#include <utility>

namespace portal {

std::string decode_html_entities(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, char>, 7> k_entities { {
        { "&amp;", '&' },
        { "&lt;", '<' },
        { "&gt;", '>' },
        { "&quot;", '"' },
        { "&#039;", '\'' },
        { "&#39;", '\'' },
        { "&apos;", '\'' },
    } };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool replaced = false;
        if (text[i] == '&') {
            for (const auto& [entity, character] : k_entities) {
                if (text.substr(i, entity.size()) == entity) {
                    out += character;
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text[i];
    }
    return out;
}

std::string short_date_time(std::string_view text)
{
    if (text.size() == 19 && text[4] == '-' && text[10] == ' ' && text[16] == ':')
        return std::string(text.substr(0, 16));
    return std::string(text);
}

}
