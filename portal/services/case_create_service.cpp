#include "portal/services/case_create_service.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"

#include <functional>

namespace portal {

namespace {

constexpr const char* k_documents_module = "Documents";

using Choices = base::Result<std::vector<crm::LabelledRecord>>;

std::vector<const crm::FieldDescription*> writable_references(const crm::ModuleDescription& description)
{
    std::vector<const crm::FieldDescription*> references;
    for (const auto& field : description.fields) {
        if (field.editable && field.type == "reference" && !field.refers_to.empty())
            references.push_back(&field);
    }
    return references;
}

// The choices of every reference field, asked of the CRM side by side.
std::optional<base::Error> add_choices(const Context& context, const crm::Credentials& credentials, NewCaseForm& form)
{
    auto references = writable_references(form.description);
    std::vector<std::function<Choices()>> calls;
    for (const auto* field : references) {
        std::string module = field->refers_to.front();
        calls.emplace_back(
            [&context, &credentials, module] { return context.crm.fetch_reference_records(credentials, module); });
    }
    std::vector<Choices> answers = crm::run_parallel(std::move(calls));
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i].ok())
            form.choices[references[i]->name] = std::move(answers[i].value());
        else if (!answers[i].error().is(crm::error_codes::k_access_denied))
            return answers[i].error();
    }
    return std::nullopt;
}

bool can_create(const Session& session, std::string_view module)
{
    const auto* info = session.modules().find(module);
    return info && info->can_create;
}

crm::SaveRequest document_of(const crm::RecordId& parent, crm::Upload file)
{
    crm::SaveRequest request;
    request.module = k_documents_module;
    request.parent = parent;
    request.title = file.filename;
    request.file = std::move(file);
    return request;
}

}

base::Result<NewCaseForm> new_case_form(const Context& context, const Session& session, const std::string& language)
{
    if (!can_create(session, k_cases_module))
        return base::Error(std::string(k_cannot_create), "the CRM lets this customer open no case");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    NewCaseForm form;
    form.description = TRY(describe(context, session, language, k_cases_module));
    form.crm_error = add_choices(context, credentials, form);
    form.can_attach = can_create(session, k_documents_module);
    return form;
}

base::Result<CreatedCase> create_case(const Context& context, const Session& session, const std::string& language,
    const crm::FieldValues& values, std::vector<crm::Upload> files)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = k_cases_module;
    request.values = values;
    CreatedCase created;
    created.record = TRY(context.crm.save_record(credentials, request));
    for (auto& file : files) {
        std::string name = file.filename;
        auto document = context.crm.save_record(credentials, document_of(created.record.id, std::move(file)));
        if (document.ok())
            continue;
        base::log::warning("crm",
            "the case " + created.record.id.to_string() + " was created, but its attachment was refused: "
                + document.error().code() + ": " + document.error().message());
        created.refused_files.push_back(name);
    }
    return created;
}

}
