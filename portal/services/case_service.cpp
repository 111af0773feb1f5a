#include "portal/services/case_service.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_filter.h"
#include "portal/services/paging.h"
#include "portal/services/record_lists.h"

#include <algorithm>
#include <iterator>

namespace portal {

namespace {

constexpr std::size_t k_max_search_length = 100;

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
        // Without a sort the CRM's own order applies: last modified first.
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
    if (query.state != "open" && query.state != "closed")
        query.state.clear();
    query.search = std::string(base::trim(query.search)).substr(0, k_max_search_length);
    return query;
}

crm::FieldValues equality_filters(const CaseListQuery& list)
{
    crm::FieldValues filters;
    if (!list.status.empty())
        filters.emplace_back("ticketstatus", list.status);
    if (!list.priority.empty())
        filters.emplace_back("ticketpriorities", list.priority);
    return filters;
}

std::string module_label(const Session& session)
{
    const auto* info = session.modules().find(k_cases_module);
    return info ? info->label : std::string();
}

crm::RecordsQuery records_query(const Session& session, const CaseListQuery& list)
{
    crm::RecordsQuery query;
    query.module = k_cases_module;
    query.module_label = module_label(session);
    query.filters = equality_filters(list);
    query.scope = list.organisation ? crm::Scope::all : crm::Scope::mine;
    return query;
}

// "Open" and "contains" are no CRM filters, and an OR of the open statuses
// would escape the customer's scope on a stock Vtiger (docs/json-api.md, Holes #5);
// a stock Vtiger gives no count and no ExportRecords either. So every case
// of the equality filters is read page after page, in the CRM's order (last
// modified first), and the rest is filtered, sorted, counted and paged here.
base::Result<std::vector<crm::Record>> every_matching_case(
    const Context& context, const Session& session, const crm::Credentials& credentials, const CaseListQuery& list)
{
    std::vector<crm::Record> records = TRY(every_record(context, credentials, records_query(session, list)));
    std::erase_if(records, [&list](const crm::Record& record) { return !matches_locally(record, list); });
    sort_records(records, list.sort, list.descending);
    return records;
}

crm::RecordPage page_of(std::vector<crm::Record> records, const CaseListQuery& list)
{
    crm::RecordPage page;
    page.total_count = static_cast<std::int64_t>(records.size());
    auto first = std::min(records.size(), static_cast<std::size_t>(list.page - 1) * list.page_size);
    auto last = std::min(records.size(), first + static_cast<std::size_t>(list.page_size));
    page.records.assign(std::make_move_iterator(records.begin() + static_cast<std::ptrdiff_t>(first)),
        std::make_move_iterator(records.begin() + static_cast<std::ptrdiff_t>(last)));
    return page;
}

struct ListStart {
    const crm::ModuleInfo* module = nullptr;
    crm::Credentials credentials;
    crm::ModuleDescription description;
    CaseListQuery query;
    bool organisation_allowed = false;
};

// What the list and its export share: the module, the labels, the query corrected.
base::Result<ListStart> start_list(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query)
{
    ListStart start;
    start.module = session.modules().find(k_cases_module);
    if (!start.module)
        return base::Error("portal.module_disabled", "the CRM does not offer cases to this customer");
    start.credentials = TRY(credentials_of(context, session, language));
    start.description = TRY(describe(context, session, language, k_cases_module));
    start.organisation_allowed = start.module->organisation_scope && session.modules().account.has_value();
    start.query = corrected(std::move(query), start.description, start.organisation_allowed);
    return start;
}

}

base::Result<CaseListPage> list_cases(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query)
{
    ListStart start = TRY(start_list(context, session, language, std::move(query)));
    CaseListPage result;
    result.description = std::move(start.description);
    result.query = std::move(start.query);
    result.organisation_allowed = start.organisation_allowed;
    result.can_create = start.module->can_create;
    result.records = page_of(TRY(every_matching_case(context, session, start.credentials, result.query)), result.query);
    result.has_next = has_next_page(result.query.page, result.query.page_size,
        static_cast<std::int64_t>(result.records.records.size()), result.records.total_count);
    return result;
}

base::Result<CaseExport> export_cases(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query)
{
    ListStart start = TRY(start_list(context, session, language, std::move(query)));
    CaseExport result;
    result.records = TRY(every_matching_case(context, session, start.credentials, start.query));
    result.description = std::move(start.description);
    result.query = std::move(start.query);
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
