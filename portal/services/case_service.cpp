#include "portal/services/case_service.h"

#include "portal/services/auth_service.h"
#include "portal/services/paging.h"

#include <algorithm>

namespace portal {

namespace {

constexpr const char* k_sortable[]
    = { "ticket_no", "ticket_title", "ticketstatus", "ticketpriorities", "modifiedtime" };

bool is_picklist_value(const crm::ModuleDescription& description, std::string_view field, const std::string& value)
{
    const auto* described = description.field(field);
    if (!described)
        return false;
    return std::any_of(described->picklist_values.begin(), described->picklist_values.end(),
        [&](const crm::PicklistValue& choice) { return choice.value == value; });
}

// Keeps only what the CRM will accept: it refuses sorting or filtering on a
// field it does not show ("sort by X not allowed").
CaseListQuery corrected(CaseListQuery query, const crm::ModuleDescription& description, bool organisation_allowed)
{
    bool sortable = std::find(std::begin(k_sortable), std::end(k_sortable), query.sort) != std::end(k_sortable);
    if (!sortable || !description.field(query.sort)) {
        query.sort = description.field("modifiedtime") ? "modifiedtime" : "";
        query.descending = true;
    }
    if (!query.status.empty() && !is_picklist_value(description, "ticketstatus", query.status))
        query.status.clear();
    if (!query.priority.empty() && !is_picklist_value(description, "ticketpriorities", query.priority))
        query.priority.clear();
    if (std::find(std::begin(k_page_sizes), std::end(k_page_sizes), query.page_size) == std::end(k_page_sizes))
        query.page_size = 20;
    query.organisation = query.organisation && organisation_allowed;
    return query;
}

crm::RecordsQuery records_query(const Session& session, const CaseListQuery& list)
{
    crm::RecordsQuery query;
    query.module = k_cases_module;
    if (const auto* info = session.modules().find(k_cases_module))
        query.module_label = info->label;
    if (!list.sort.empty())
        query.order_by = list.sort;
    query.descending = list.descending;
    if (!list.status.empty())
        query.filters.emplace_back("ticketstatus", list.status);
    if (!list.priority.empty())
        query.filters.emplace_back("ticketpriorities", list.priority);
    query.scope = list.organisation ? crm::Scope::all : crm::Scope::mine;
    query.page = list.page - 1;
    query.page_limit = list.page_size;
    return query;
}

}

base::Result<CaseListPage> list_cases(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query)
{
    const auto* module = session.modules().find(k_cases_module);
    if (!module)
        return base::Error("portal.module_disabled", "the CRM does not offer cases to this customer");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    CaseListPage result;
    result.description = TRY(describe(context, session, language, k_cases_module));
    result.organisation_allowed = module->organisation_scope && session.modules().account.has_value();
    result.query = corrected(std::move(query), result.description, result.organisation_allowed);
    result.records = TRY(context.crm.fetch_records(credentials, records_query(session, result.query)));
    result.has_next = has_next_page(result.query.page, result.query.page_size,
        static_cast<std::int64_t>(result.records.records.size()), result.records.total_count);
    return result;
}

base::Result<crm::ModuleDescription> describe(
    const Context& context, const Session& session, const std::string& language, const std::string& module)
{
    if (auto cached = session.cached_description(module, language))
        return *cached;
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(context.crm.describe_module(credentials, module));
    session.cache_description(description, language);
    return description;
}

}
