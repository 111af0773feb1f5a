#include "reference-crm/api/link_token.h"

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/password.h"

namespace refcrm::api {

namespace {

constexpr std::size_t k_max_token = 200;

}

std::optional<LinkToken> parse_link_token(std::string_view token)
{
    std::size_t dot = token.find('.');
    if (dot == std::string_view::npos || token.size() > k_max_token || dot + 1 == token.size())
        return std::nullopt;
    auto id = base::parse_int(token.substr(0, dot));
    if (!id || *id <= 0)
        return std::nullopt;
    return LinkToken { *id, std::string(token.substr(dot + 1)) };
}

base::Error invalid_token() { return api_error("Invalid or expired token"); }

void spend_token_check(std::string_view secret) { [[maybe_unused]] auto ignored = hash_password(secret); }

}
