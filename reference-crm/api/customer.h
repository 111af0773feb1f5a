#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace refcrm::api {

// The contact a request was authenticated as. Built from the database by
// the authenticator, never from ids in the request.
struct Customer {
    std::int64_t contact_id = 0;
    std::string contact_name;
    std::optional<std::int64_t> organisation_id;
    std::string organisation_name;
    // Organisations below the contact's one in the member-of tree, for
    // modules configured to include subsidiaries.
    std::vector<std::int64_t> subsidiary_ids;
};

}
