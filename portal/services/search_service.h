#pragma once

#include "portal/context.h"

#include <string>
#include <vector>

namespace portal {

// The CRM's global search (SearchRecords) over every module the customer sees.
base::Result<std::vector<crm::SearchHits>> search_everything(
    const Context& context, const Session& session, const std::string& language, const std::string& query);

}
