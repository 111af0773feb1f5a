#include "portal/services/browser_name.h"

#include <array>
#include <utility>

namespace portal {

namespace {

using Marker = std::pair<std::string_view, std::string_view>; // text in the User-Agent, name

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
constexpr std::array<Marker, 8> k_browsers { { { "Edg/", "Edge" }, { "OPR/", "Opera" },
    { "SamsungBrowser/", "Samsung Internet" }, { "Firefox/", "Firefox" }, { "Chromium/", "Chromium" },
    { "Chrome/", "Chrome" }, { "Safari/", "Safari" }, { "curl/", "curl" } } };

// Android says "Linux" too, iPhones say "Mac OS X".
constexpr std::array<Marker, 7> k_systems { { { "Android", "Android" }, { "iPhone", "iOS" }, { "iPad", "iPadOS" },
    { "Windows", "Windows" }, { "Mac OS X", "macOS" }, { "CrOS", "ChromeOS" }, { "Linux", "Linux" } } };

template<std::size_t N>
std::string first_match(std::string_view text, const std::array<Marker, N>& markers)
{
    for (const auto& [marker, name] : markers) {
        if (text.find(marker) != std::string_view::npos)
            return std::string(name);
    }
    return "";
}

}

BrowserName describe_browser(std::string_view user_agent)
{
    return { first_match(user_agent, k_browsers), first_match(user_agent, k_systems) };
}

}
