#include "portal/services/case_detail_service.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/record_names.h"

#include <algorithm>

namespace portal {

namespace {

using Records = base::Result<std::vector<crm::Record>>;
using History = base::Result<std::vector<crm::HistoryEntry>>;

base::Result<std::vector<std::string>> related_modules(
    const Context& context, const Session& session, const crm::Credentials& credentials)
{
    if (auto cached = session.cached_related_modules(k_cases_module))
        return *cached;
    auto related = TRY(context.crm.fetch_related_modules(credentials, k_cases_module));
    session.cache_related_modules(k_cases_module, related);
    return related;
}

// The description and the related modules, both cached per session; on a
// first visit both questions go to the CRM at once.
base::Result<void> load_settings(const Context& context, const Session& session, const std::string& language,
    const crm::Credentials& credentials, CaseDetail& detail)
{
    auto [description, related]
        = crm::run_parallel([&] { return describe(context, session, language, k_cases_module); },
            [&] { return related_modules(context, session, credentials); });
    if (!description.ok())
        return description.release_error();
    if (!related.ok())
        return related.release_error();
    detail.description = description.release_value();
    detail.related_modules = related.release_value();
    return {};
}

Records related_records(const Context& context, const crm::Credentials& credentials, const CaseDetail& detail,
    const crm::RecordId& id, const std::string& related_module)
{
    if (!detail.shows(related_module))
        return std::vector<crm::Record> {};
    return context.crm.fetch_related_records(credentials, case_related_query(id, related_module));
}

History case_history(
    const Context& context, const crm::Credentials& credentials, const CaseDetail& detail, const crm::RecordId& id)
{
    if (!detail.shows("History"))
        return std::vector<crm::HistoryEntry> {};
    crm::HistoryQuery query;
    query.module = k_cases_module;
    query.record = id;
    query.page_limit = k_most_listed;
    return context.crm.fetch_history(credentials, query);
}

// A section the CRM refuses is left out with a note; a CRM that is away
// fails the page like the record would.
template<typename T>
base::Result<void> take_section(base::Result<T>& answer, T& into, const std::string& section, CaseDetail& detail)
{
    if (answer.ok()) {
        into = answer.release_value();
        return {};
    }
    if (!is_refusal(answer.error()))
        return answer.release_error();
    base::log::warning("crm", "case page without " + section + ": " + answer.error().message());
    detail.unavailable.push_back(section);
    return {};
}

}

bool is_case_id(const crm::ModuleDescription& description, const crm::RecordId& id)
{
    return std::to_string(id.module_prefix()) == description.id_prefix && !id.is_new();
}

base::Error not_a_case(const crm::RecordId& id)
{
    return base::Error(std::string(crm::error_codes::k_record_not_found), id.to_string() + " is not a case");
}

crm::RelatedQuery case_related_query(const crm::RecordId& id, const std::string& related_module, int page)
{
    crm::RelatedQuery query;
    query.record = id;
    query.module = k_cases_module;
    query.related_module = related_module;
    query.related_module_label = related_module;
    query.page = page;
    query.page_limit = k_most_listed;
    return query;
}

bool CaseDetail::shows(std::string_view related_module) const
{
    return std::find(related_modules.begin(), related_modules.end(), related_module) != related_modules.end();
}

bool is_refusal(const base::Error& error)
{
    namespace codes = crm::error_codes;
    return error.is(codes::k_access_denied) || error.is(codes::k_record_not_found) || error.is(codes::k_crm_error)
        || error.is(codes::k_validation_failed) || error.is(codes::k_not_supported);
}

base::Result<crm::Record> fetch_case(const Context& context, const Session& session, const std::string& language,
    const crm::ModuleDescription& description, const crm::RecordId& id)
{
    if (!is_case_id(description, id))
        return not_a_case(id);
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    return context.crm.fetch_record(credentials, id, std::nullopt, k_cases_module);
}

base::Result<CaseDetail> case_detail(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    CaseDetail detail;
    TRY(load_settings(context, session, language, credentials, detail));
    if (const auto* module = session.modules().find(k_cases_module))
        detail.can_edit = module->can_edit;
    if (!is_case_id(detail.description, id))
        return not_a_case(id);
    auto [record, comments, documents, history]
        = crm::run_parallel([&] { return context.crm.fetch_record(credentials, id, std::nullopt, k_cases_module); },
            [&] { return related_records(context, credentials, detail, id, "ModComments"); },
            [&] { return related_records(context, credentials, detail, id, "Documents"); },
            [&] { return case_history(context, credentials, detail, id); });
    if (!record.ok())
        return record.release_error();
    detail.record = record.release_value();
    TRY(take_section(comments, detail.comments, "ModComments", detail));
    TRY(take_section(documents, detail.documents, "Documents", detail));
    TRY(take_section(history, detail.history, "History", detail));
    std::reverse(detail.comments.begin(), detail.comments.end());
    detail.names = resolve_names(
        context, session, credentials, { detail.description, detail.record, detail.comments, detail.history });
    return detail;
}

}
