#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace refcrm::api {

struct BasicCredentials {
    std::string user;
    std::string password;
};

// Decodes "Basic base64(user:password)"; nullopt when the header is not a
// well-formed Basic header (treated as no credentials at all).
std::optional<BasicCredentials> parse_basic_authorization(std::string_view header);

}
