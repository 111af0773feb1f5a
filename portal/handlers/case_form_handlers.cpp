#include "portal/handlers/case_form_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/forms/form_files.h"
#include "portal/forms/form_view.h"
#include "portal/handlers/pages.h"
#include "portal/pages/record_text.h"
#include "portal/services/case_create_service.h"

#include <algorithm>

namespace portal {

namespace {

constexpr const char* k_files_field = "attachments";

// What the customer sent and what is wrong with it; problems of field ""
// concern the whole form.
struct FormState {
    FormValues values;
    std::vector<FormProblem> problems;
    bool had_files = false; // a browser cannot be given files back: they must be chosen again
};

bool has_field_problems(const FormState& state)
{
    return std::any_of(state.problems.begin(), state.problems.end(),
        [](const FormProblem& problem) { return !problem.field.empty() && problem.field != k_files_field; });
}

void add_error_box(ViewData& data, const Catalog& words, const FormState& state)
{
    if (state.problems.empty())
        return;
    auto& box = data.add_row("FORM_ERRORS");
    if (has_field_problems(state))
        box.show("FIELD_PROBLEMS");
    add_form_errors(box, words, state.problems);
    if (state.had_files)
        box.add_row("FORM_ERROR").set("ERROR_TEXT", words.text("ERR_CHOOSE_FILES_AGAIN"));
}

void add_attachments(ViewData& data, const Catalog& words, const Context& context, const FormState& state)
{
    auto& files = data.add_row("ATTACHMENTS");
    std::string max = size_text(words, context.config.upload_max_bytes);
    files.set("UPLOAD_LIMIT", words.format("LBL_UPLOAD_LIMIT", { { "max", max } }));
    for (const auto& problem : state.problems) {
        if (problem.field == k_files_field)
            files.add_row("FIELD_ERROR").set("ERROR_TEXT", words.format(problem.word, problem.words));
    }
}

web::HttpResponse form_page(const Context& context, const Request& request, const Session& session, int status,
    const NewCaseForm& form, const FormState& state)
{
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(request.language);
    ViewData data;
    add_error_box(data, words, state);
    add_form_fields(
        data, words, writable_fields(form.description, form.choices, !form.crm_error), state.values, state.problems);
    if (form.can_attach)
        add_attachments(data, words, context, state);
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    return page(context, request, status, "case_new", "LBL_NEW_CASE", std::move(data));
}

// The form cannot be shown at all: the CRM lets this customer open no case,
// or it cannot describe a case.
web::HttpResponse no_form(const Context& context, const Request& request, const base::Error& error)
{
    if (error.is(k_cannot_create))
        return error_page(context, request, 403, "LBL_CANNOT_CREATE_TITLE", "LBL_CANNOT_CREATE_MESSAGE");
    return crm_failure(context, request, error);
}

// The form again after the CRM did not save the case, saying why in words
// the customer can act on; the CRM's own message goes to the log.
web::HttpResponse save_failure(const Context& context, const Request& request, const Session& session,
    const NewCaseForm& form, FormState state, const base::Error& error)
{
    auto failure = crm::failure_of(error);
    if (failure == crm::Failure::login_refused)
        return crm_failure(context, request, error);
    base::log::warning("crm", "a new case was not saved: " + error.code() + ": " + error.message());
    int status = 502;
    if (failure == crm::Failure::slow || failure == crm::Failure::unreachable) {
        status = crm::failure_status(failure);
        state.problems.push_back({ "", failure == crm::Failure::slow ? "ERR_CASE_SLOW" : "ERR_CASE_CRM_DOWN", {} });
    } else {
        auto fields = writable_fields(form.description, form.choices, !form.crm_error);
        if (std::string field = refused_field(error.message(), fields); !field.empty()) {
            state.problems.push_back({ field, "ERR_FIELD_REFUSED", {} });
            status = 422;
        }
        state.problems.push_back({ "", "ERR_CASE_REFUSED", {} });
    }
    return form_page(context, request, session, status, form, state);
}

std::string created_notice(const Catalog& words, const CreatedCase& created)
{
    std::string number = field_text(created.record, "ticket_no");
    std::string notice = number.empty()
        ? words.format("LBL_CASE_CREATED_TITLED", { { "title", field_text(created.record, "ticket_title") } })
        : words.format("LBL_CASE_CREATED", { { "number", number } });
    if (!created.refused_files.empty())
        notice
            += " " + words.format("LBL_FILES_NOT_ATTACHED", { { "files", base::join(created.refused_files, ", ") } });
    return notice;
}

}

web::HttpResponse show_new_case(const Context& context, Request& request)
{
    auto form = new_case_form(context, *request.session, request.language);
    if (!form.ok())
        return no_form(context, request, form.error());
    if (form->crm_error)
        return crm_failure(context, request, *form->crm_error);
    auto fields = writable_fields(form->description, form->choices, true);
    // What was typed before the session ended comes back; files must be chosen again.
    if (request.draft.action == "/cases") {
        FormState kept { posted_values(fields, request.draft.fields), {}, false };
        if (request.draft.had_files)
            kept.problems.push_back({ "", "ERR_CHOOSE_FILES_AGAIN", {} });
        return form_page(context, request, *request.session, 200, *form, kept);
    }
    return form_page(context, request, *request.session, 200, *form, FormState { default_values(fields), {}, false });
}

web::HttpResponse submit_new_case(const Context& context, Request& request)
{
    std::string language = request.language;
    // A body past the server's limit arrives empty, token included: nothing
    // can be done with it but say so, and showing the form changes nothing.
    if (request.body_too_large) {
        base::log::warning("web", "POST /cases: the request body was too large and was dropped");
        auto form = new_case_form(context, *request.session, language);
        if (!form.ok())
            return no_form(context, request, form.error());
        auto renderer = request.renderer;
        std::string max = size_text(renderer->catalog(language), context.config.upload_max_bytes);
        return form_page(context, request, *request.session, 413, *form,
            FormState { {}, { { "", "ERR_REQUEST_TOO_LARGE", { { "max", max } } } }, true });
    }
    auto form = new_case_form(context, *request.session, language);
    if (!form.ok())
        return no_form(context, request, form.error());
    auto fields = writable_fields(form->description, form->choices, !form->crm_error);
    FormState state;
    state.values = posted_values(fields, request.form);
    state.problems = check_values(fields, state.values);
    std::vector<crm::Upload> files = uploaded_files(request, k_files_field);
    state.had_files = !files.empty();
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    if (auto problem = files_problem(words, k_files_field, files, form->can_attach, context.config.upload_max_bytes))
        state.problems.push_back(*problem);
    if (!state.problems.empty()) {
        base::log::info("web",
            "POST /cases: the new-case form was shown again with " + std::to_string(state.problems.size())
                + " problem(s)");
        return form_page(context, request, *request.session, 422, *form, state);
    }
    if (form->crm_error)
        return save_failure(context, request, *request.session, *form, std::move(state), *form->crm_error);
    auto created = create_case(context, *request.session, language,
        values_to_save(fields, state.values, Saving::new_record), std::move(files));
    if (!created.ok())
        return save_failure(context, request, *request.session, *form, std::move(state), created.error());
    request.session->set_notice(created_notice(words, *created));
    return web::HttpResponse::redirect("/cases/" + created->record.id.to_string());
}

}
