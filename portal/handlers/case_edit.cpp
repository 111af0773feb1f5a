#include "portal/handlers/case_edit.h"

#include "base/log.h"
#include "crm-connector/parallel.h"
#include "portal/handlers/case_detail_view.h"
#include "portal/handlers/case_handlers.h"
#include "portal/handlers/form_failure.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_form.h"
#include "portal/handlers/record_text.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_actions_service.h"
#include "portal/services/case_service.h"
#include "portal/services/record_names.h"
#include "portal/views/text.h"

#include <functional>

namespace portal {

namespace {

// What the edit form shows: the description, the record when the CRM gave
// it (read-only fields, the heading), the candidates of reference fields.
struct EditPage {
    crm::ModuleDescription description;
    std::optional<crm::Record> record;
    std::optional<base::Error> record_error;
    ReferenceChoices choices;
    std::map<std::string, std::string> names;
};

// The record and one FetchReferenceRecords per editable reference field, at
// once. A CRM that is away leaves them out; the form still keeps the input.
void load_record_and_choices(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& id, EditPage& edit)
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
        if (field.type == "reference" && is_form_editable(field) && !field.refers_to.empty()) {
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

crm::FieldValues record_values(const crm::ModuleDescription& description, const crm::Record& record)
{
    crm::FieldValues values;
    for (const auto& field : description.fields) {
        if (is_form_editable(field))
            values.emplace_back(field.name, decode_html_entities(record.value_of(field.name)));
    }
    return values;
}

web::HttpResponse edit_form(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& id, const EditPage& edit, const crm::FieldValues& values,
    const std::map<std::string, std::string>& problems, const std::string& message_key, int status)
{
    const Catalog& words = request.words();
    ViewData data;
    data.set("CASE_URL", case_url(id));
    data.set("EDIT_URL", case_url(id, "/edit"));
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    if (edit.record) {
        data.set("CASE_TITLE", field_text(*edit.record, "ticket_title"));
        data.set("CASE_NUMBER", field_text(*edit.record, "ticket_no"));
    }
    if (!message_key.empty())
        data.add_row("FORM_MESSAGE").set("FORM_MESSAGE_TEXT", words.text(message_key));
    auto shown = [&](const crm::FieldDescription& field) -> std::string {
        const crm::FieldValue* value = edit.record ? edit.record->field(field.name) : nullptr;
        if (!value)
            return "";
        return case_field_text(words, edit.description, edit.names, field, *value).value_or("");
    };
    add_form_fields(data, words, edit.description, { values, problems, edit.choices }, shown);
    return page(context, request, status, "case_edit", "LBL_CASE_EDIT", std::move(data));
}

// The customer's right to edit cases; or the answer instead.
std::optional<web::HttpResponse> refuse_edit(const Context& context, const Request& request)
{
    const auto* module = request.session->modules().find(k_cases_module);
    if (!module || !module->can_edit)
        return error_page(context, request, 403, "LBL_CASE_EDIT", "ERR_CASE_NOT_EDITABLE");
    return std::nullopt;
}

base::Result<EditPage> load_edit_page(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    EditPage edit;
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

// The edit page's data, or the answer instead: the login, the CSRF refusal,
// "not editable", "not found", the CRM's failure. A POST survives a CRM that
// is away, so that the form comes back with the input; a GET does not.
std::optional<web::HttpResponse> prepare_edit(
    const Context& context, const Request& request, EditPage& into)
{
    if (auto refusal = refuse_edit(context, request))
        return refusal;
    auto loaded = load_edit_page(context, *request.session, request.language, request.id);
    if (!loaded.ok())
        return crm_failure(context, request, loaded.error());
    into = loaded.release_value();
    bool posted = request.method == "POST";
    if (into.record_error && (!posted || !form_failure_of(*into.record_error)))
        return crm_failure(context, request, *into.record_error);
    return std::nullopt;
}

}

web::HttpResponse show_case_edit(const Context& context, Request& request)
{
    EditPage loaded;
    if (auto refusal = prepare_edit(context, request, loaded))
        return std::move(*refusal);
    crm::FieldValues values = record_values(loaded.description, *loaded.record);
    return edit_form(context, request, *request.session, request.id, loaded, values, {}, "", 200);
}

web::HttpResponse submit_case_edit(const Context& context, Request& request)
{
    EditPage loaded;
    if (auto refusal = prepare_edit(context, request, loaded))
        return std::move(*refusal);
    const Catalog& words = request.words();
    crm::FieldValues values = typed_values(loaded.description, request);
    auto problems = field_problems(words, loaded.description, values, loaded.choices);
    if (!problems.empty()) {
        base::log::info("web", "case edit of " + request.id.to_string() + " refused: " + problems.begin()->first);
        return edit_form(
            context, request, *request.session, request.id, loaded, values, problems, "ERR_CASE_FORM_HAS_ERRORS", 400);
    }
    auto saved = save_case(context, *request.session, request.language, request.id, values);
    if (!saved.ok()) {
        auto failure = form_failure_of(saved.error());
        if (!failure)
            return crm_failure(context, request, saved.error());
        base::log::warning("crm", "case edit of " + request.id.to_string() + " failed: " + saved.error().message());
        return edit_form(
            context, request, *request.session, request.id, loaded, values, {}, failure->message_key, failure->status);
    }
    return web::HttpResponse::redirect(case_url(request.id) + "?done=saved");
}

}
