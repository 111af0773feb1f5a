#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/forms/form_view.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_handlers.h"
#include "portal/pages/record_text.h"
#include "portal/pages/record_view.h"
#include "portal/services/quote_decision.h"
#include "portal/services/record_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr std::size_t k_max_comment = 20000;

std::string record_page_url(const RecordModule& module, const crm::RecordId& id)
{
    return std::string(module.path) + "/" + id.to_string();
}

// record_edit.tpl: the form's fields with the customer's values and the
// problems found, the other fields as they are.
ViewData edit_view(const Catalog& words, const Session& session, const RecordModule& module, const RecordDetail& detail,
    const FormValues& values, const std::vector<FormProblem>& problems)
{
    ViewData data;
    data.set("RECORD_TITLE", record_title(detail.description, detail.record));
    data.set("PAGE_TITLE", words.text("LBL_EDIT") + ": " + data.values["RECORD_TITLE"]);
    data.set("RECORD_URL", record_page_url(module, detail.record.id));
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    if (has_field_problems(problems))
        data.show("FORM_ERRORS");
    auto fields = writable_fields(detail.description, {}, true);
    add_form_fields(data, words, fields, values, problems);
    for (const auto& problem : problems) {
        if (problem.field.empty())
            data.add_row("SAVE_ERROR").set("ERROR_TEXT", words.format(problem.word, problem.words));
    }
    add_record_fields(data, words, session, detail.description, detail.record, [&](const crm::FieldDescription& field) {
        return std::any_of(fields.begin(), fields.end(),
            [&](const FormField& form_field) { return form_field.description.name == field.name; });
    });
    return data;
}

web::HttpResponse write_failure(const Context& context, const Request& request, const base::Error& error)
{
    if (error.is(k_edit_not_allowed) || error.is(k_comments_not_allowed)) {
        base::log::info("web", request.method + " " + request.path + " refused: " + error.message());
        return error_page(context, request, 403, "LBL_NOT_ALLOWED_TITLE",
            error.is(k_edit_not_allowed) ? "LBL_EDIT_NOT_ALLOWED" : "LBL_COMMENTS_NOT_ALLOWED");
    }
    return record_failure(context, request, error);
}

}

web::HttpResponse show_record_edit(const Context& context, Request& request, const RecordModule& module)
{
    const Session& session = *request.session;
    auto detail = record_for_edit(context, session, request.language, module, request.id);
    if (!detail.ok())
        return write_failure(context, request, detail.error());
    auto fields = writable_fields(detail->description, {}, true);
    // What was typed before the session ended, else the record as the CRM holds it.
    FormValues values = request.draft.action == request.path ? posted_values(fields, request.draft.fields)
                                                             : record_values(fields, detail->record);
    ViewData data = edit_view(request.words(), session, module, *detail, values, {});
    return page(context, request, 200, "record_edit", "LBL_EDIT", std::move(data));
}

web::HttpResponse submit_record_edit(const Context& context, Request& request, const RecordModule& module)
{
    const Session& session = *request.session;
    auto detail = record_for_edit(context, session, request.language, module, request.id);
    if (!detail.ok())
        return write_failure(context, request, detail.error());
    auto fields = writable_fields(detail->description, {}, true);
    FormValues values = posted_values(fields, request.form);
    auto problems = check_values(fields, values);
    if (problems.empty()) {
        auto saved = update_record(
            context, session, request.language, module, request.id, values_to_save(fields, values, Saving::edit));
        if (saved.ok())
            return web::HttpResponse::redirect(record_page_url(module, request.id) + "?saved=1");
        if (!saved.error().is(crm::error_codes::k_validation_failed))
            return write_failure(context, request, saved.error());
        base::log::info("web", request.path + ": the CRM refused the values: " + saved.error().message());
        if (std::string field = refused_field(saved.error().message(), fields); !field.empty())
            problems.push_back({ field, "ERR_FIELD_REFUSED", {} });
        problems.push_back({ "", "ERR_SAVE_REFUSED", { { "reason", saved.error().message() } } });
    } else {
        base::log::info("web", request.path + ": " + std::to_string(problems.size()) + " field(s) refused");
    }
    ViewData data = edit_view(request.words(), session, module, *detail, values, problems);
    return page(context, request, 422, "record_edit", "LBL_EDIT", std::move(data));
}

web::HttpResponse submit_quote_decision(const Context& context, Request& request, const RecordModule& module)
{
    const Session& session = *request.session;
    std::string choice = request.form_param("decision").value_or("");
    if (choice != "accept" && choice != "decline")
        return error_page(context, request, 400, "LBL_FORM_EXPIRED_TITLE", "LBL_FORM_EXPIRED");
    std::string reason(base::trim(request.form_param("reason").value_or("")));
    if (reason.size() > k_max_comment)
        reason.resize(k_max_comment);
    auto decided = decide_quote(context, session, request.language, module, request.id,
        choice == "accept" ? QuoteDecision::accept : QuoteDecision::decline, reason);
    // A stock Vtiger 8.3 answers SaveRecord of a quote with an empty HTTP
    // 500 even where its settings allow the edit: nothing is written.
    namespace codes = crm::error_codes;
    if (!decided.ok() && (decided.error().is(codes::k_http_status) || decided.error().is(codes::k_crm_error))) {
        base::log::error("crm", request.path + ": " + decided.error().message());
        return error_page(context, request, 502, "LBL_QUOTE_DECISION_FAILED_TITLE", "LBL_QUOTE_DECISION_FAILED");
    }
    if (!decided.ok())
        return write_failure(context, request, decided.error());
    base::log::info("web", request.path + ": quote " + (choice == "accept" ? "accepted" : "declined"));
    return web::HttpResponse::redirect(
        record_page_url(module, request.id) + (choice == "accept" ? "?decided=accepted" : "?decided=declined"));
}

web::HttpResponse submit_record_comment(const Context& context, Request& request, const RecordModule& module)
{
    const Session& session = *request.session;
    std::string language = request.language;
    std::string text = request.form_param("comment").value_or("");
    std::string_view error_key;
    if (base::trim(text).empty())
        error_key = "ERR_COMMENT_EMPTY";
    else if (text.size() > k_max_comment)
        error_key = "ERR_COMMENT_TOO_LONG";
    if (error_key.empty()) {
        auto added = comment_on_record(context, session, language, module, request.id, text);
        if (added.ok())
            return web::HttpResponse::redirect(record_page_url(module, request.id) + "?commented=1#comments");
        return write_failure(context, request, added.error());
    }
    base::log::info("web", request.path + ": comment refused (" + std::string(error_key) + ")");
    return record_page(context, request, module, request.id, 422, [&](ViewData& data, const Catalog& words) {
        auto comments = data.sections.find("COMMENTS");
        if (comments == data.sections.end())
            return;
        ViewData& form = comments->second.front();
        form.set("NEW_COMMENT_TEXT", text);
        form.add_row("COMMENT_ERROR")
            .set("ERROR_TEXT", words.format(error_key, { { "max", std::to_string(k_max_comment) } }));
    });
}

}
