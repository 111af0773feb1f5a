#include "portal/handlers/case_actions.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/case_handlers.h"
#include "portal/handlers/form_failure.h"
#include "portal/handlers/pages.h"
#include "portal/services/case_actions_service.h"
#include "web/download.h"

namespace portal {

namespace {

// The catalog key of what is wrong with a typed comment, empty when nothing;
// empty_key is the complaint about no text, nullptr when none is needed.
std::string comment_problem(const std::string& text, const char* empty_key)
{
    if (base::trim(text).empty())
        return empty_key ? empty_key : "";
    if (text.size() > k_max_comment_bytes)
        return "ERR_CASE_COMMENT_TOO_LONG";
    return "";
}

web::HttpResponse back_to_case(const crm::RecordId& id, std::string_view done, std::string_view anchor)
{
    return web::HttpResponse::redirect(case_url(id) + "?done=" + std::string(done) + "#" + std::string(anchor));
}

struct StatusForm {
    StatusChange change;
    const char* part; // "/close"
    const char* title_key;
    const char* label_key;
    const char* done;
    const char* empty_key; // nullptr: the comment is optional
};

constexpr StatusForm k_close { StatusChange::close, "/close", "LBL_CASE_CLOSE", "LBL_CASE_CLOSING_COMMENT", "closed",
    nullptr };
constexpr StatusForm k_reopen { StatusChange::reopen, "/reopen", "LBL_CASE_REOPEN", "LBL_CASE_REOPEN_REASON",
    "reopened", "ERR_CASE_REOPEN_REASON_EMPTY" };

// The status changed but the comment did not go: the case page says so and
// offers the text in the comment form.
web::HttpResponse comment_after_status_failed(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& id, const std::string& comment, const base::Error& error)
{
    base::log::warning("crm", "status of " + id.to_string() + " changed, its comment not added: " + error.message());
    CaseForms forms;
    forms.comment = comment;
    forms.comment_error = "ERR_CASE_STATUS_COMMENT_FAILED";
    return case_page(context, request, session, id, forms, 200);
}

web::HttpResponse submit_status_change(const Context& context, Request& request, const StatusForm& form)
{
    const Session& session = *request.session;
    const crm::RecordId& id = request.id;
    CaseForms forms;
    forms.status_comment = request.form_param("comment").value_or("");
    forms.status_error = comment_problem(forms.status_comment, form.empty_key);
    if (!forms.status_error.empty()) {
        base::log::info("web", "case status form refused: " + forms.status_error);
        return case_page(context, request, session, id, forms, 400);
    }
    auto outcome = change_case_status(context, session, request.language, id, form.change, forms.status_comment);
    if (!outcome.ok()) {
        RetryForm retry { case_url(id, form.part), form.title_key, form.label_key, forms.status_comment };
        return form_failure(context, request, session, id, outcome.error(), retry);
    }
    if (outcome->comment_error)
        return comment_after_status_failed(
            context, request, session, id, forms.status_comment, *outcome->comment_error);
    return back_to_case(id, form.done, "case-status");
}

// A download the CRM did not hand out; a document that only links to a web
// address has no file (docs/json-api.md, Files).
web::HttpResponse download_answer(
    const Context& context, const Request& request, const base::Result<crm::DownloadedFile>& file)
{
    if (!file.ok())
        return crm_failure(context, request, file.error());
    if (file->bytes.empty() && file->filename.empty())
        return error_page(context, request, 404, "LBL_NOT_FOUND_TITLE", "ERR_CASE_DOCUMENT_NO_FILE");
    return web::file_response(file->bytes, file->filename, file->content_type);
}

}

web::HttpResponse submit_case_comment(const Context& context, Request& request)
{
    const Session& session = *request.session;
    const crm::RecordId& id = request.id;
    CaseForms forms;
    forms.comment = request.form_param("comment").value_or("");
    forms.comment_error = comment_problem(forms.comment, "ERR_CASE_COMMENT_EMPTY");
    if (!forms.comment_error.empty()) {
        base::log::info("web", "comment on " + id.to_string() + " refused: " + forms.comment_error);
        return case_page(context, request, session, id, forms, 400);
    }
    std::string text(base::trim(forms.comment));
    auto added = add_case_comment(context, session, request.language, id, text);
    if (!added.ok()) {
        RetryForm retry { case_url(id, "/comments"), "LBL_CASE_ADD_COMMENT", "LBL_CASE_YOUR_COMMENT", forms.comment };
        return form_failure(context, request, session, id, added.error(), retry);
    }
    return back_to_case(id, "comment", "comments");
}

web::HttpResponse submit_case_close(const Context& context, Request& request)
{
    return submit_status_change(context, request, k_close);
}

web::HttpResponse submit_case_reopen(const Context& context, Request& request)
{
    return submit_status_change(context, request, k_reopen);
}

web::HttpResponse download_case_document(const Context& context, Request& request)
{
    auto document = request.record_param("document");
    if (!document)
        return not_found(context, request);
    auto file = portal::download_case_document(context, *request.session, request.language, request.id, *document);
    return download_answer(context, request, file);
}

web::HttpResponse download_comment_attachment(const Context& context, Request& request)
{
    auto comment = request.record_param("comment");
    std::string attachment = request.path_param("attachment");
    if (!comment || !base::parse_int(attachment))
        return not_found(context, request);
    auto file = portal::download_comment_attachment(
        context, *request.session, request.language, request.id, *comment, attachment);
    return download_answer(context, request, file);
}

}
