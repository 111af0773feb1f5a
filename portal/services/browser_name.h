#pragma once

#include <string>
#include <string_view>

namespace portal {

// A browser as people name it, from its User-Agent: "Firefox" on "Windows".
// Either part is empty when the User-Agent does not say.
struct BrowserName {
    std::string browser;
    std::string system;
};

BrowserName describe_browser(std::string_view user_agent);

}
