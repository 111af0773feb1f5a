#include "portal/services/contact_service.h"

#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/paging.h"
#include "portal/services/profile_service.h"
#include "portal/services/related_records_service.h"

namespace portal {

base::Result<ColleagueList> list_colleagues(
    const Context& context, const Session& session, const std::string& language, int page)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    const auto* module = session.modules().find(k_contacts_module);
    crm::RecordsQuery query;
    query.module = k_contacts_module;
    query.module_label = module_label(session, k_contacts_module);
    query.scope
        = module && module->organisation_scope && session.modules().account ? crm::Scope::all : crm::Scope::mine;
    query.order_by = "lastname";
    query.descending = false;
    query.page = page - 1;
    query.page_limit = k_contacts_per_page;
    ColleagueList list;
    list.page = page;
    list.description = TRY(describe(context, session, language, k_contacts_module));
    if (!list.description.field("lastname"))
        query.order_by.reset();
    crm::RecordPage found = TRY(context.crm.fetch_records(credentials, query));
    list.contacts = std::move(found.records);
    list.total = found.total_count;
    list.has_next
        = has_next_page(page, k_contacts_per_page, static_cast<std::int64_t>(list.contacts.size()), list.total);
    return list;
}

}
