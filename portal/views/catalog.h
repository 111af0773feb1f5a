#pragma once

#include "base/result.h"

#include <map>
#include <string>
#include <string_view>

namespace portal {

// The words of one language: lang/<code>.lang, lines "KEY = text", '#' comments.
// Keys are upper case (LBL_SIGN_IN) so a template can use them as variables.
class Catalog {
public:
    static base::Result<Catalog> parse(std::string_view text, std::string_view file_name);
    static base::Result<Catalog> load(const std::string& path);

    // This catalog's words, falling back to `fallback` for keys it lacks.
    Catalog with_fallback(const Catalog& fallback) const;

    // The text of a key; the key itself when missing, so a gap shows, not a blank.
    std::string text(std::string_view key) const;
    // The text with each "{name}" replaced by its value.
    std::string format(std::string_view key, const std::map<std::string, std::string>& values) const;
    bool has(std::string_view key) const { return m_texts.find(key) != m_texts.end(); }
    const std::map<std::string, std::string, std::less<>>& texts() const { return m_texts; }

private:
    std::map<std::string, std::string, std::less<>> m_texts;
};

}
