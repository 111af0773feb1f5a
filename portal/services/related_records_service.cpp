#include "portal/services/related_records_service.h"

#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"

#include <algorithm>

namespace portal {

namespace {

constexpr int k_related_rows = 50;

bool has(const std::vector<std::string>& modules, std::string_view name)
{
    return std::find(modules.begin(), modules.end(), name) != modules.end();
}

crm::RelatedQuery related_query(
    const Session& session, const std::string& module, const crm::RecordId& id, const std::string& related)
{
    crm::RelatedQuery query;
    query.record = id;
    query.module = module;
    query.related_module = related;
    query.related_module_label = related == "ModComments" ? "" : module_label(session, related);
    query.page_limit = k_related_rows;
    return query;
}

// The related parts the CRM enables, fetched side by side.
base::Result<RelatedRecords> related_records(const Context& context, const Session& session,
    const crm::Credentials& credentials, const std::string& module, const crm::RecordId& id,
    const std::vector<std::string>& enabled)
{
    using Records = base::Result<std::vector<crm::Record>>;
    auto& client = context.crm;
    auto [history, comments, documents] = crm::run_parallel(
        [&]() -> base::Result<std::vector<crm::HistoryEntry>> {
            if (!has(enabled, "History"))
                return std::vector<crm::HistoryEntry> {};
            return client.fetch_history(credentials, crm::HistoryQuery { module, id, std::nullopt, 0, k_related_rows });
        },
        [&]() -> Records {
            if (!has(enabled, "ModComments"))
                return std::vector<crm::Record> {};
            return client.fetch_related_records(credentials, related_query(session, module, id, "ModComments"));
        },
        [&]() -> Records {
            if (!has(enabled, "Documents") || module == "Documents")
                return std::vector<crm::Record> {};
            return client.fetch_related_records(credentials, related_query(session, module, id, "Documents"));
        });
    RelatedRecords related;
    if (has(enabled, "History"))
        related.history = TRY(std::move(history));
    if (has(enabled, "ModComments"))
        related.comments = TRY(std::move(comments));
    if (has(enabled, "Documents") && module != "Documents")
        related.documents = TRY(std::move(documents));
    return related;
}

}

std::string module_label(const Session& session, const std::string& module)
{
    const auto* info = session.modules().find(module);
    return info && !info->label.empty() ? info->label : module;
}

bool is_id_of(const crm::ModuleDescription& description, const crm::RecordId& id)
{
    return !id.is_new() && std::to_string(id.module_prefix()) == description.id_prefix;
}

base::Result<RecordWithRelated> record_with_related(const Context& context, const Session& session,
    const std::string& language, const std::string& module, const crm::RecordId& id)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, module));
    if (!is_id_of(description, id))
        return base::Error(std::string(crm::error_codes::k_record_not_found),
            "FetchRecord: " + id.to_string() + " is not a record of " + module);
    auto [record, related_modules] = crm::run_parallel([&] { return context.crm.fetch_record(credentials, id); },
        [&] { return context.crm.fetch_related_modules(credentials, module); });
    RecordWithRelated detail { TRY(std::move(record)), std::move(description), {} };
    // A module without related-module settings is answered as a failure by
    // Vtiger (docs/json-api.md, Related records and history): then the page has no related parts.
    if (related_modules.ok())
        detail.related = TRY(related_records(context, session, credentials, module, id, *related_modules));
    else if (!related_modules.error().is(crm::error_codes::k_crm_error))
        return related_modules.error();
    return detail;
}

}
