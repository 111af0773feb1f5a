#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <optional>
#include <string>
#include <vector>

namespace portal {

inline constexpr int k_contacts_per_page = 20;

// The customer's colleagues: the contacts of their own organisation, as far
// as the CRM lets them see contacts ("all records of the organisation";
// stock Vtiger shows a contact only themselves).
struct ColleagueList {
    std::vector<crm::Record> contacts;
    crm::ModuleDescription description;
    std::optional<std::int64_t> total;
    int page = 1;
    bool has_next = false;
};

base::Result<ColleagueList> list_colleagues(
    const Context& context, const Session& session, const std::string& language, int page);

}
