#pragma once

#include "base/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace refcrm::api {

// The token of a one-time e-mail link, "<row id>.<secret>" (reset links,
// invitations, sign-up confirmations). Only a bcrypt hash of the secret is
// stored, so a database reader cannot use a link.
struct LinkToken {
    std::int64_t id = 0;
    std::string secret;
};

std::optional<LinkToken> parse_link_token(std::string_view token);

// The one answer to every token that is malformed, unknown or whose secret
// does not match: nothing tells an unknown id from a wrong secret.
base::Error invalid_token();

// For a row that does not exist: the time of the bcrypt check it would have had.
void spend_token_check(std::string_view secret);

}
