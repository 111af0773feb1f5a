#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_handlers.h"
#include "portal/handlers/record_text.h"
#include "portal/handlers/record_view.h"
#include "portal/services/quote_decision.h"
#include "portal/services/record_form.h"
#include "portal/services/record_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr std::size_t k_max_comment = 20000;

std::string record_page_url(const RecordModule& module, const crm::RecordId& id)
{
    return std::string(module.path) + "/" + id.to_string();
}

// What the customer typed, for each field the form offers.
crm::FieldValues submitted_values(const crm::ModuleDescription& description, const Request& request)
{
    crm::FieldValues values;
    for (const auto& field : description.fields) {
        if (is_form_field(field))
            values.emplace_back(field.name, request.form_param(field.name).value_or(""));
    }
    return values;
}

void add_input(ViewData& row, const crm::FieldDescription& field, const std::string& value)
{
    if (field.type == "picklist") {
        auto& select = row.add_row("SELECT");
        if (!field.mandatory)
            select.add_row("OPTION").set("OPTION_VALUE", "").set("OPTION_LABEL", "\u2014");
        for (const auto& choice : field.picklist_values) {
            auto& option = select.add_row("OPTION");
            option.set("OPTION_VALUE", choice.value);
            option.set("OPTION_LABEL", decode_html_entities(choice.label.empty() ? choice.value : choice.label));
            if (choice.value == value)
                option.show("SELECTED");
        }
    } else if (field.type == "text") {
        row.show("TEXTAREA");
    } else {
        row.add_row("INPUT").set("INPUT_TYPE", field.type == "date" ? "date" : "text");
    }
}

// record_edit.tpl: an input per form field with the customer's values and
// the problems found, the other fields as they are.
ViewData edit_view(const Catalog& words, const Session& session, const RecordModule& module,
    const RecordDetail& detail, const crm::FieldValues& values, const std::vector<FieldProblem>& problems)
{
    ViewData data;
    data.set("RECORD_TITLE", record_title(detail.description, detail.record));
    data.set("PAGE_TITLE", words.text("LBL_EDIT") + ": " + data.values["RECORD_TITLE"]);
    data.set("RECORD_URL", record_page_url(module, detail.record.id));
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    if (!problems.empty())
        data.show("FORM_ERRORS");
    for (const auto& [name, value] : values) {
        const auto* field = detail.description.field(name);
        auto& row = data.add_row("EDIT_FIELD");
        row.set("FIELD_NAME", name);
        row.set("FIELD_LABEL", field->label.empty() ? name : field->label);
        row.set("FIELD_VALUE", value);
        if (field->mandatory)
            row.show("REQUIRED");
        add_input(row, *field, value);
        for (const auto& problem : problems) {
            if (problem.field == name)
                row.add_row("FIELD_ERROR").set("ERROR_TEXT", words.format(problem.key, problem.values));
        }
    }
    add_record_fields(data, words, session, detail.description, detail.record,
        [](const crm::FieldDescription& field) { return is_form_field(field); });
    return data;
}

crm::FieldValues current_values(const RecordDetail& detail)
{
    crm::FieldValues values;
    for (const auto& field : detail.description.fields) {
        if (is_form_field(field))
            values.emplace_back(field.name, decode_html_entities(detail.record.value_of(field.name)));
    }
    return values;
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
    std::string language = request.language;
    auto detail = record_for_edit(context, session, language, module, request.id);
    if (!detail.ok())
        return write_failure(context, request, detail.error());
    auto renderer = request.renderer;
    ViewData data = edit_view(renderer->catalog(language), session, module, *detail, current_values(*detail), {});
    return page(context, request, 200, "record_edit", "LBL_EDIT", std::move(data));
}

web::HttpResponse submit_record_edit(const Context& context, Request& request, const RecordModule& module)
{
    const Session& session = *request.session;
    std::string language = request.language;
    auto detail = record_for_edit(context, session, language, module, request.id);
    if (!detail.ok())
        return write_failure(context, request, detail.error());
    crm::FieldValues values = submitted_values(detail->description, request);
    auto problems = check_record_form(detail->description, values);
    if (problems.empty()) {
        auto saved = update_record(context, session, language, module, request.id, values);
        if (saved.ok())
            return web::HttpResponse::redirect(record_page_url(module, request.id) + "?saved=1");
        if (!saved.error().is(crm::error_codes::k_validation_failed))
            return write_failure(context, request, saved.error());
        base::log::info("web", request.path + ": the CRM refused the values: " + saved.error().message());
        problems.push_back(FieldProblem { "", "ERR_SAVE_REFUSED", { { "reason", saved.error().message() } } });
    } else {
        base::log::info("web", request.path + ": " + std::to_string(problems.size()) + " field(s) refused");
    }
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data = edit_view(words, session, module, *detail, values, problems);
    for (const auto& problem : problems) {
        if (problem.field.empty())
            data.add_row("SAVE_ERROR").set("ERROR_TEXT", words.format(problem.key, problem.values));
    }
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
        return error_page(context, request, 502, "LBL_QUOTE_DECISION_FAILED_TITLE",
            "LBL_QUOTE_DECISION_FAILED");
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
        form.add_row("COMMENT_ERROR").set(
            "ERROR_TEXT", words.format(error_key, { { "max", std::to_string(k_max_comment) } }));
    });
}

}
