#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// The language of a page: the customer's own choice (cookie) when the portal
// has it, else the best match of the browser's Accept-Language, else the
// configured default. Codes are catalog names such as "pt_br".
std::string choose_language(const std::vector<std::string>& available, const std::optional<std::string>& chosen,
    const std::optional<std::string>& accept_language, const std::string& fallback);

// "pt_br" → "pt-BR", for <html lang>.
std::string html_language_tag(std::string_view code);

}
