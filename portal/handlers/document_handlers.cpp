#include "portal/handlers/document_handlers.h"
#include "portal/pages/pager.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_page.h"
#include "portal/pages/document_links.h"
#include "portal/pages/record_text.h"
#include "portal/pages/related_view.h"
#include "portal/services/document_service.h"
#include "portal/services/module_pages.h"
#include "portal/views/text.h"
#include "web/download.h"

namespace portal {

namespace {

constexpr int k_max_page = 100000;
constexpr std::size_t k_max_search = 100;
constexpr std::size_t k_max_title = 255;
constexpr const char* k_list_columns[] = { "filename", "modifiedtime" };

// What the customer typed into the upload form, and what went wrong with it.
struct UploadForm {
    std::string title;
    std::string message_key;
    std::map<std::string, std::string> message_values;
};

int page_of(const Request& request)
{
    auto number = base::parse_int(request.query_param("page").value_or("1"));
    return number && *number >= 1 && *number <= k_max_page ? static_cast<int>(*number) : 1;
}

std::string list_url(const std::string& search, int page)
{
    std::string url = "/documents?page=" + std::to_string(page);
    return search.empty() ? url : url + "&q=" + base::url_encode(search);
}

std::string title_label(const crm::ModuleDescription& description, const Catalog& words)
{
    const auto* field = description.field("notes_title");
    return field && !field->label.empty() ? decode_html_entities(field->label) : words.text("LBL_TITLE");
}

std::string size_text(const Catalog& words, std::size_t bytes)
{
    std::size_t mebibytes = bytes / (1024 * 1024);
    if (mebibytes >= 1 && bytes % (1024 * 1024) == 0)
        return words.format("LBL_SIZE_MB", { { "size", std::to_string(mebibytes) } });
    return words.format("LBL_SIZE_KB", { { "size", std::to_string((bytes + 1023) / 1024) } });
}

void add_document_rows(ViewData& table, const Catalog& words, const Session& session, const DocumentList& list)
{
    std::string title = title_label(list.description, words);
    table.add_row("COLUMN").set("COLUMN_LABEL", title);
    add_columns(table, list.description, k_list_columns);
    for (const auto& record : list.documents) {
        auto& row = table.add_row("DOCUMENT_ROW");
        row.set("TITLE_LABEL", title);
        row.set("DOCUMENT_URL", record_url(k_documents_module, record.id));
        std::string name = field_text(record, "notes_title");
        row.set("DOCUMENT_TITLE", name.empty() ? record.id.to_string() : name);
        add_cells(row, words, session, list.description, record, k_list_columns);
        if (!record.value_of("filename").empty())
            row.add_row("FILE_LINK").set("DOWNLOAD_URL", record_url(k_documents_module, record.id) + "/download");
    }
}

ViewData list_view(const Context& context, const Catalog& words, const Session& session, const DocumentList& list,
    const UploadForm& form)
{
    ViewData data;
    data.set("SEARCH", list.search);
    std::int64_t count = list.total.value_or(static_cast<std::int64_t>(list.documents.size()));
    data.set("DOCUMENT_COUNT",
        words.format(
            count == 1 ? "LBL_DOCUMENT_COUNT_ONE" : "LBL_DOCUMENT_COUNT", { { "count", std::to_string(count) } }));
    if (list.documents.empty() && list.search.empty())
        data.show("NO_DOCUMENTS");
    if (list.documents.empty() && !list.search.empty())
        data.show("NO_MATCHING_DOCUMENTS");
    if (!list.documents.empty()) {
        add_document_rows(data.add_row("DOCUMENT_TABLE"), words, session, list);
    }
    add_pager(data, list.page, list.has_next, [&](int page) { return list_url(list.search, page); });
    if (list.can_upload) {
        auto& upload = data.add_row("UPLOAD");
        upload.set("CSRF_TOKEN", session.csrf_token());
        upload.set("TITLE_LABEL", title_label(list.description, words));
        upload.set("UPLOAD_TITLE", form.title);
        upload.set("UPLOAD_LIMIT",
            words.format(
                "LBL_DOCUMENT_UPLOAD_LIMIT", { { "size", size_text(words, context.config.upload_max_bytes) } }));
        if (!form.message_key.empty())
            upload.add_row("UPLOAD_MESSAGE").set("MESSAGE_TEXT", words.format(form.message_key, form.message_values));
    }
    return data;
}

web::HttpResponse documents_page(const Context& context, const Request& request, const Session& session, int status,
    const std::string& search, int page_number, const UploadForm& form)
{
    std::string language = request.language;
    auto list = list_documents(context, session, language, search, page_number);
    if (!list.ok())
        return crm_failure(context, request, list.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    return page(
        context, request, status, "documents", "LBL_DOCUMENTS", list_view(context, words, session, *list, form));
}

// The name a browser shows for an uploaded file, cleaned as every file name
// is; "" when nothing is left.
std::string file_name_of(const web::UploadedFile& file) { return web::clean_file_name(file.file_name, ""); }

// The problem with the upload, as a catalog key; empty when there is none.
std::string upload_problem(const Context& context, Request& request, const UploadForm& form, web::UploadedFile*& file)
{
    std::size_t total = 0;
    for (auto& part : request.files) {
        total += part.data.size();
        if (part.field_name == "file" && !part.file_name.empty())
            file = &part;
    }
    if (form.title.empty() || form.title.size() > k_max_title)
        return "ERR_DOCUMENT_TITLE";
    if (!file || file_name_of(*file).empty())
        return "ERR_DOCUMENT_FILE_MISSING";
    if (total > context.config.upload_max_bytes)
        return "ERR_UPLOAD_TOO_LARGE";
    if (file->data.empty())
        return "ERR_DOCUMENT_FILE_EMPTY";
    return {};
}

}

web::HttpResponse show_documents(const Context& context, Request& request)
{
    std::string search = request.query_param("q").value_or("");
    if (search.size() > k_max_search)
        search.resize(k_max_search);
    // The title typed before the session ended comes back; the file must be chosen again.
    UploadForm kept;
    if (request.draft.action == "/documents") {
        kept.title = request.draft.value("/documents", "notes_title");
        if (request.draft.had_files)
            kept.message_key = "ERR_CHOOSE_FILES_AGAIN";
    }
    return documents_page(context, request, *request.session, 200, search, page_of(request), kept);
}

web::HttpResponse submit_document(const Context& context, Request& request)
{
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(request.language);
    UploadForm form;
    if (request.body_too_large) {
        // The body was dropped unread, token and all: nothing is saved, the
        // customer learns why.
        base::log::warning("documents", "an upload over the request limit from " + request.remote_address);
        form.message_key = "ERR_UPLOAD_TOO_LARGE";
        form.message_values = { { "size", size_text(words, context.config.upload_max_bytes) } };
        return documents_page(context, request, *request.session, 413, "", 1, form);
    }
    form.title = std::string(base::trim(request.form_param("notes_title").value_or("")));
    web::UploadedFile* file = nullptr;
    form.message_key = upload_problem(context, request, form, file);
    if (!form.message_key.empty()) {
        base::log::info("documents", "upload refused (" + form.message_key + ") from " + request.remote_address);
        form.message_values = { { "size", size_text(words, context.config.upload_max_bytes) } };
        int status = form.message_key == "ERR_UPLOAD_TOO_LARGE" ? 413 : 400;
        return documents_page(context, request, *request.session, status, "", 1, form);
    }
    NewDocument document { form.title, { file_name_of(*file), file->content_type, std::move(file->data) } };
    auto saved = upload_document(context, *request.session, request.language, std::move(document));
    if (!saved.ok())
        return crm_failure(context, request, saved.error());
    return web::HttpResponse::redirect(record_url(k_documents_module, saved->id) + "?added=1");
}

web::HttpResponse show_document(const Context& context, Request& request)
{
    if (!request.session->modules().find(k_documents_module))
        return not_found(context, request);
    bool added = request.query_param("added").has_value();
    return record_page(context, request, k_documents_module, "LBL_DOCUMENTS",
        [&](ViewData& data, const Catalog& words, const RecordWithRelated& detail) {
            data.set("RECORD_TITLE", field_text(detail.record, "notes_title"));
            auto& back = data.add_row("BACK");
            back.set("BACK_URL", "/documents");
            back.set("BACK_LABEL", words.text("LBL_BACK_TO_DOCUMENTS"));
            if (added) {
                auto& message = data.add_row("MESSAGE");
                message.set("MESSAGE_KIND", "info");
                message.set("MESSAGE_TEXT", words.text("LBL_DOCUMENT_ADDED"));
            }
            add_download_link(data, detail.record, record_url(k_documents_module, request.id) + "/download");
            add_shown_fields(data, words, *request.session, detail.description, detail.record, { "notes_title" });
        });
}

web::HttpResponse download_document(const Context& context, Request& request)
{
    auto document = portal::download_document(context, *request.session, request.language, request.id);
    if (!document.ok())
        return crm_failure(context, request, document.error());
    if (!document->link.empty())
        return is_web_address(document->link) ? web::HttpResponse::redirect(document->link)
                                              : not_found(context, request);
    auto& file = document->file;
    return web::file_response(std::move(file.bytes), file.filename, file.content_type);
}

}
