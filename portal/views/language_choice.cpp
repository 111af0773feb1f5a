#include "portal/views/language_choice.h"

#include "base/strings.h"

#include <algorithm>
#include <cstdlib>

namespace portal {

namespace {

struct Preference {
    std::string code; // "de_de" or "de"
    double weight = 1.0;
};

// "de-DE,de;q=0.9,en;q=0.5" → [(de_de,1), (de,0.9), (en,0.5)], best first.
std::vector<Preference> parse_accept_language(std::string_view header)
{
    std::vector<Preference> preferences;
    for (const auto& item : base::split(header.substr(0, 512), ',')) {
        auto parts = base::split(item, ';');
        Preference preference { base::to_lower(base::trim(parts[0])), 1.0 };
        std::replace(preference.code.begin(), preference.code.end(), '-', '_');
        for (std::size_t i = 1; i < parts.size(); ++i) {
            std::string_view parameter = base::trim(parts[i]);
            if (parameter.starts_with("q="))
                preference.weight = std::atof(std::string(parameter.substr(2)).c_str());
        }
        if (!preference.code.empty() && preference.code != "*" && preference.weight > 0)
            preferences.push_back(preference);
    }
    std::stable_sort(preferences.begin(), preferences.end(),
        [](const Preference& a, const Preference& b) { return a.weight > b.weight; });
    return preferences;
}

bool has(const std::vector<std::string>& available, std::string_view code)
{
    return std::find(available.begin(), available.end(), code) != available.end();
}

}

std::string choose_language(const std::vector<std::string>& available, const std::optional<std::string>& chosen,
    const std::optional<std::string>& accept_language, const std::string& fallback)
{
    if (chosen && has(available, *chosen))
        return *chosen;
    if (!accept_language)
        return fallback;
    for (const auto& preference : parse_accept_language(*accept_language)) {
        if (has(available, preference.code))
            return preference.code;
        // "de" or "de_at": the configured default if it speaks that language, else the first that does.
        std::string base_language = preference.code.substr(0, preference.code.find('_')) + "_";
        if (fallback.starts_with(base_language))
            return fallback;
        for (const auto& code : available) {
            if (code.starts_with(base_language))
                return code;
        }
    }
    return fallback;
}

std::string html_language_tag(std::string_view code)
{
    std::string tag(code);
    std::size_t separator = tag.find('_');
    if (separator == std::string::npos)
        return tag;
    tag[separator] = '-';
    for (std::size_t i = separator + 1; i < tag.size(); ++i)
        tag[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(tag[i])));
    return tag;
}

}
