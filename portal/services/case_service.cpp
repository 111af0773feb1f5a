#include "portal/services/case_service.h"

#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"

namespace portal {

namespace {

crm::RecordsQuery cases_query(const Session& session, int page, int page_size)
{
    crm::RecordsQuery query;
    query.module = k_cases_module;
    if (const auto* info = session.modules().find(k_cases_module))
        query.module_label = info->label;
    query.order_by = "modifiedtime";
    query.descending = true;
    query.page = page - 1;
    query.page_limit = page_size;
    return query;
}

}

base::Result<CaseListPage> list_cases(
    const Context& context, const Session& session, const std::string& language, int page)
{
    if (!session.modules().find(k_cases_module))
        return base::Error("portal.module_disabled", "the CRM does not offer cases to this customer");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    CaseListPage result;
    result.page = page;
    result.records = TRY(context.crm.fetch_records(credentials, cases_query(session, page, result.page_size)));
    result.description = TRY(describe(context, session, language, k_cases_module));
    std::int64_t shown = static_cast<std::int64_t>(page - 1) * result.page_size + result.records.records.size();
    // A CRM that gives no count (stock Vtiger sends "") still pages while pages are full.
    result.has_next = result.records.total_count ? shown < *result.records.total_count
                                                 : static_cast<int>(result.records.records.size()) == result.page_size;
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

base::Result<CaseDetail> case_detail(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, k_cases_module));
    // FetchRecord takes the module from the id: without this check /cases/12x4
    // would show a contact record dressed as a case.
    if (std::to_string(id.module_prefix()) != description.id_prefix)
        return base::Error(
            std::string(crm::error_codes::k_record_not_found), "FetchRecord: " + id.to_string() + " is not a case");
    crm::Record record = TRY(context.crm.fetch_record(credentials, id));
    return CaseDetail { std::move(record), std::move(description) };
}

}
