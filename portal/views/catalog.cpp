#include "portal/views/catalog.h"

#include "base/strings.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace portal {

namespace {

bool is_key(std::string_view key)
{
    if (key.empty())
        return false;
    for (char c : key) {
        if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_')
            return false;
    }
    return true;
}

}

base::Result<Catalog> Catalog::parse(std::string_view text, std::string_view file_name)
{
    Catalog catalog;
    std::vector<std::string> problems;
    auto lines = base::split(text, '\n');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = base::trim(lines[i]);
        if (line.empty() || line.starts_with('#'))
            continue;
        std::size_t equals = line.find('=');
        std::string_view key = base::trim(line.substr(0, equals));
        std::string where = std::string(file_name) + ":" + std::to_string(i + 1) + ": ";
        if (equals == std::string_view::npos || !is_key(key)) {
            problems.push_back(where + "expected `KEY = text` with an upper-case KEY");
            continue;
        }
        if (!catalog.m_texts.emplace(std::string(key), std::string(base::trim(line.substr(equals + 1)))).second)
            problems.push_back(where + std::string(key) + " is defined twice");
    }
    if (!problems.empty())
        return base::Error("lang.invalid", base::join(problems, "\n"));
    return catalog;
}

base::Result<Catalog> Catalog::load(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return base::Error("lang.unreadable", "cannot read the language file " + path);
    std::ostringstream text;
    text << file.rdbuf();
    return parse(text.str(), path);
}

Catalog Catalog::with_fallback(const Catalog& fallback) const
{
    Catalog merged = fallback;
    for (const auto& [key, text] : m_texts)
        merged.m_texts[key] = text;
    return merged;
}

std::string Catalog::text(std::string_view key) const
{
    auto found = m_texts.find(key);
    return found == m_texts.end() ? std::string(key) : found->second;
}

std::string Catalog::format(std::string_view key, const std::map<std::string, std::string>& values) const
{
    std::string out = text(key);
    for (const auto& [name, value] : values) {
        std::string placeholder = "{" + name + "}";
        for (std::size_t at = out.find(placeholder); at != std::string::npos;
             at = out.find(placeholder, at + value.size()))
            out.replace(at, placeholder.size(), value);
    }
    return out;
}

}
