#include "portal/handlers/case_edit.h"

#include "base/log.h"
#include "portal/forms/form_view.h"
#include "portal/handlers/case_handlers.h"
#include "portal/handlers/form_failure.h"
#include "portal/handlers/pages.h"
#include "portal/pages/case_detail_view.h"
#include "portal/pages/record_text.h"
#include "portal/services/case_actions_service.h"
#include "portal/services/case_edit_service.h"
#include "portal/services/case_service.h"
#include "portal/views/text.h"

#include <functional>

namespace portal {

namespace {

// The form: the fields the customer may change, the others as text, in the CRM's order.
std::vector<FormField> edit_fields(const Catalog& words, const CaseEditPage& edit)
{
    auto shown = [&](const crm::FieldDescription& field) -> std::string {
        const crm::FieldValue* value = edit.record ? edit.record->field(field.name) : nullptr;
        if (!value)
            return "";
        return case_field_text(words, edit.description, edit.names, field, *value).value_or("");
    };
    return with_read_only_fields(edit.description, writable_fields(edit.description, edit.choices, false), shown);
}

web::HttpResponse edit_form(const Context& context, const Request& request, const CaseEditPage& edit,
    const FormValues& values, const std::vector<FormProblem>& problems, const std::string& message_key, int status)
{
    const Catalog& words = request.words();
    ViewData data;
    data.set("CASE_URL", case_url(request.id));
    data.set("EDIT_URL", case_url(request.id, "/edit"));
    data.set("FORM_CSRF_TOKEN", request.session->csrf_token());
    if (edit.record) {
        data.set("CASE_TITLE", field_text(*edit.record, "ticket_title"));
        data.set("CASE_NUMBER", field_text(*edit.record, "ticket_no"));
    }
    if (!message_key.empty())
        data.add_row("FORM_MESSAGE").set("FORM_MESSAGE_TEXT", words.text(message_key));
    add_form_fields(data, words, edit_fields(words, edit), values, problems);
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

// The edit page's data, or the answer instead: the login, the CSRF refusal,
// "not editable", "not found", the CRM's failure. A POST survives a CRM that
// is away, so that the form comes back with the input; a GET does not.
std::optional<web::HttpResponse> prepare_edit(const Context& context, const Request& request, CaseEditPage& into)
{
    if (auto refusal = refuse_edit(context, request))
        return refusal;
    auto loaded = case_edit_page(context, *request.session, request.language, request.id);
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
    CaseEditPage loaded;
    if (auto refusal = prepare_edit(context, request, loaded))
        return std::move(*refusal);
    auto fields = edit_fields(request.words(), loaded);
    // What was typed before the session ended, else the case as the CRM holds it.
    std::string action = case_url(request.id, "/edit");
    FormValues values = request.draft.action == action ? posted_values(fields, request.draft.fields)
                                                       : record_values(fields, *loaded.record);
    return edit_form(context, request, loaded, values, {}, "", 200);
}

web::HttpResponse submit_case_edit(const Context& context, Request& request)
{
    CaseEditPage loaded;
    if (auto refusal = prepare_edit(context, request, loaded))
        return std::move(*refusal);
    auto fields = edit_fields(request.words(), loaded);
    FormValues values = posted_values(fields, request.form);
    auto problems = check_values(fields, values);
    if (!problems.empty()) {
        base::log::info("web", "case edit of " + request.id.to_string() + " refused: " + problems.front().field);
        return edit_form(context, request, loaded, values, problems, "ERR_CASE_FORM_HAS_ERRORS", 400);
    }
    auto saved = save_case(
        context, *request.session, request.language, request.id, values_to_save(fields, values, Saving::edit));
    if (!saved.ok()) {
        auto failure = form_failure_of(saved.error());
        if (!failure)
            return crm_failure(context, request, saved.error());
        base::log::warning("crm", "case edit of " + request.id.to_string() + " failed: " + saved.error().message());
        std::vector<FormProblem> refused;
        if (std::string field = refused_field(saved.error().message(), fields); !field.empty())
            refused.push_back({ field, "ERR_FIELD_REFUSED", {} });
        return edit_form(context, request, loaded, values, refused, failure->message_key, failure->status);
    }
    return web::HttpResponse::redirect(case_url(request.id) + "?done=saved");
}

}
