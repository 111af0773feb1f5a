#include "portal/services/case_edit_service.h"

#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_detail_service.h"
#include "portal/services/case_service.h"
#include "portal/services/record_names.h"

#include <functional>

namespace portal {

namespace {

// The record and one FetchReferenceRecords per editable reference field, at
// once. A CRM that is away leaves them out; the form still keeps the input.
void load_record_and_choices(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& id, CaseEditPage& edit)
{
    auto credentials = credentials_of(context, session, language);
    if (!credentials.ok()) {
        edit.record_error = credentials.error();
        return;
    }
    using Candidates = base::Result<std::vector<crm::LabelledRecord>>;
    std::vector<std::function<Candidates()>> calls;
    std::vector<std::string> fields;
    for (const auto& field : edit.description.fields) {
        if (field.type == "reference" && field.editable && !field.refers_to.empty()) {
            fields.push_back(field.name);
            calls.emplace_back([&context, &credentials, module = field.refers_to.front()] {
                return context.crm.fetch_reference_records(*credentials, module);
            });
        }
    }
    auto [record, candidates]
        = crm::run_parallel([&] { return fetch_case(context, session, language, edit.description, id); },
            [&] { return crm::run_parallel(std::move(calls)); });
    if (record.ok())
        edit.record = record.release_value();
    else
        edit.record_error = record.release_error();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (candidates[i].ok())
            edit.choices[fields[i]] = candidates[i].release_value();
    }
}

}

base::Result<CaseEditPage> case_edit_page(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    CaseEditPage edit;
    edit.description = TRY(describe(context, session, language, k_cases_module));
    load_record_and_choices(context, session, language, id, edit);
    if (edit.record) {
        auto credentials = TRY(credentials_of(context, session, language));
        const std::vector<crm::Record> no_comments;
        const std::vector<crm::HistoryEntry> no_history;
        edit.names
            = resolve_names(context, session, credentials, { edit.description, *edit.record, no_comments, no_history });
    }
    return edit;
}

}
