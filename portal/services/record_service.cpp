#include "portal/services/record_service.h"

#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/paging.h"

#include <algorithm>
#include <functional>

namespace portal {

namespace {

constexpr std::string_view k_comments_module = "ModComments";

// Related modules that are not lists of records on the page: the change
// history, and comments (which have their own section).
bool is_record_list(std::string_view related_module)
{
    return related_module != "History" && related_module != k_comments_module;
}

crm::RecordsQuery records_query(const crm::ModuleInfo& info, const RecordListQuery& list)
{
    crm::RecordsQuery query;
    query.module = info.name;
    query.module_label = info.label;
    query.scope = list.organisation ? crm::Scope::all : crm::Scope::mine;
    query.page = list.page - 1;
    query.page_limit = k_record_page_size;
    return query;
}

crm::RelatedQuery related_query(const crm::ModuleDescription& module, const crm::RecordId& id,
    const crm::PortalModules& modules, const std::string& related_module)
{
    crm::RelatedQuery query;
    query.record = id;
    query.module = module.name;
    query.related_module = related_module;
    if (const auto* info = modules.find(related_module))
        query.related_module_label = info->label;
    return query;
}

// The ModComments list, then one list per related module the customer may see.
base::Result<void> add_related(const Context& context, const Session& session, const std::string& language,
    const std::vector<std::string>& related_modules, RecordDetail& detail)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    std::vector<std::string> wanted;
    for (const auto& related : related_modules) {
        bool offered = related == k_comments_module || session.modules().find(related);
        if (offered && related != "History")
            wanted.push_back(related);
    }
    std::vector<std::function<base::Result<std::vector<crm::Record>>()>> calls;
    for (const auto& related : wanted) {
        calls.push_back([&context, &credentials, &detail, &session, related] {
            return context.crm.fetch_related_records(
                credentials, related_query(detail.description, detail.record.id, session.modules(), related));
        });
    }
    auto results = crm::run_parallel(std::move(calls));
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        auto records = TRY(std::move(results[i]));
        if (!is_record_list(wanted[i])) {
            detail.comments = std::move(records);
            continue;
        }
        crm::ModuleDescription description = TRY(describe(context, session, language, wanted[i]));
        detail.related.push_back(RelatedList { std::move(description), std::move(records) });
    }
    return {};
}

}

base::Result<void> check_record_of(const crm::ModuleDescription& description, const crm::RecordId& id)
{
    if (std::to_string(id.module_prefix()) == description.id_prefix && !id.is_new())
        return {};
    return base::Error(
        std::string(crm::error_codes::k_record_not_found), id.to_string() + " is not a record of " + description.name);
}

base::Result<const crm::ModuleInfo*> enabled_module(const Session& session, const RecordModule& module)
{
    const auto* info = session.modules().find(module.module);
    if (!info)
        return base::Error(
            k_module_disabled, "the CRM does not offer " + std::string(module.module) + " to this customer");
    return info;
}

base::Result<RecordList> list_records(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, RecordListQuery query)
{
    const crm::ModuleInfo* info = TRY(enabled_module(session, module));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    RecordList result;
    result.description = TRY(describe(context, session, language, info->name));
    result.organisation_allowed = info->organisation_scope && session.modules().account.has_value();
    if (!query.scope_chosen)
        query.organisation = info->organisation_scope;
    query.organisation = query.organisation && result.organisation_allowed;
    query.page = std::max(query.page, 1);
    result.query = query;
    crm::RecordPage page = TRY(context.crm.fetch_records(credentials, records_query(*info, query)));
    result.has_next = has_next_page(
        query.page, k_record_page_size, static_cast<std::int64_t>(page.records.size()), page.total_count);
    result.records = std::move(page.records);
    result.total_count = page.total_count;
    return result;
}

base::Result<RecordDetail> record_detail(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, bool with_related)
{
    const crm::ModuleInfo* info = TRY(enabled_module(session, module));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    RecordDetail detail;
    detail.description = TRY(describe(context, session, language, info->name));
    TRY(check_record_of(detail.description, id));
    if (!with_related) {
        detail.record = TRY(context.crm.fetch_record(credentials, id, std::nullopt, info->name));
        detail.line_items = crm::line_items(detail.record);
        return detail;
    }
    auto [record, related_modules]
        = crm::run_parallel([&] { return context.crm.fetch_record(credentials, id, std::nullopt, info->name); },
            [&] { return context.crm.fetch_related_modules(credentials, info->name); });
    detail.record = TRY(std::move(record));
    detail.line_items = crm::line_items(detail.record);
    std::vector<std::string> related = TRY(std::move(related_modules));
    TRY(add_related(context, session, language, related, detail));
    return detail;
}

}
