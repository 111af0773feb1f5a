#include "portal/services/search_service.h"

#include "portal/services/auth_service.h"

namespace portal {

base::Result<std::vector<crm::SearchHits>> search_everything(
    const Context& context, const Session& session, const std::string& language, const std::string& query)
{
    auto credentials = TRY(credentials_of(context, session, language));
    return context.crm.search_records(credentials, query);
}

}
