#include "portal/views/catalog_check.h"

#include "portal/views/catalog.h"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace portal {

namespace {

namespace fs = std::filesystem;

// Every {{LBL_…}} and {{FORMAT_…}} a template of any theme uses.
std::set<std::string> words_used_by_templates(const fs::path& themes)
{
    static const std::regex k_word(R"(\{\{((LBL|FORMAT|LANGUAGE_DIRECTION)[A-Z0-9_]*)\}\})");
    std::set<std::string> used;
    std::error_code error;
    for (auto entry = fs::recursive_directory_iterator(themes, error); entry != fs::recursive_directory_iterator();
         entry.increment(error)) {
        if (entry->path().extension() != ".tpl")
            continue;
        std::ifstream file(entry->path());
        std::ostringstream text;
        text << file.rdbuf();
        std::string content = text.str();
        for (std::sregex_iterator match(content.begin(), content.end(), k_word), end; match != end; ++match)
            used.insert((*match)[1]);
    }
    return used;
}

void compare_keys(const Catalog& english, const Catalog& other, const std::string& name, std::vector<std::string>& out)
{
    for (const auto& [key, text] : english.texts()) {
        if (!other.has(key))
            out.push_back(name + ": lacks " + key + " (shown in English)");
    }
    for (const auto& [key, text] : other.texts()) {
        if (!english.has(key))
            out.push_back(name + ": has " + key + ", which en_us.lang does not know (a typo?)");
    }
}

}

std::vector<std::string> check_catalogs(const std::string& root)
{
    std::vector<std::string> problems;
    fs::path folder = fs::path(root) / "lang";
    auto english = Catalog::load((folder / "en_us.lang").string());
    if (!english.ok())
        return { english.error().message() };
    for (const auto& key : words_used_by_templates(fs::path(root) / "themes")) {
        if (!english->has(key))
            problems.push_back("en_us.lang: lacks " + key + ", which a template uses");
    }
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".lang" || entry.path().filename() == "en_us.lang")
            continue;
        auto catalog = Catalog::load(entry.path().string());
        if (!catalog.ok())
            problems.push_back(catalog.error().message());
        else
            compare_keys(*english, *catalog, entry.path().filename().string(), problems);
    }
    return problems;
}

}
