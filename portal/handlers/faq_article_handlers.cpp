#include "portal/handlers/faq_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/handlers/pages.h"
#include "portal/pages/faq_view.h"
#include "portal/pages/record_text.h"
#include "portal/services/faq_service.h"
#include "portal/views/plain_text.h"
#include "portal/views/text.h"
#include "web/download.h"

namespace portal {

namespace {

bool is_gone(const base::Error& error)
{
    return error.is(crm::error_codes::k_access_denied) || error.is(crm::error_codes::k_record_not_found);
}

// The comment box as the customer left it, and what to tell them about it.
struct CommentForm {
    std::string text;
    std::string message; // empty: none
    std::string message_kind = "error";
};

// Who wrote a comment: the customer themself, another customer of the
// company, or the support team (the CRM sends the authors as bare ids).
std::string comment_author(const Catalog& words, const Session& session, const crm::Record& comment)
{
    const crm::FieldValue* customer = comment.field("customer");
    if (!customer || customer->value.empty() || customer->value == "0")
        return words.text("LBL_COMMENT_BY_SUPPORT");
    if (customer->label)
        return decode_html_entities(*customer->label);
    if (customer->value == session.modules().contact.id)
        return session.modules().contact.label;
    return words.text("LBL_COMMENT_BY_CUSTOMER");
}

void add_comments(ViewData& data, const Catalog& words, const Session& session, const FaqArticle& article)
{
    for (const auto& comment : article.comments) {
        auto& row = data.add_row("COMMENT");
        row.set("COMMENT_AUTHOR", comment_author(words, session, comment));
        row.set("COMMENT_TIME", format_date(words, comment.value_of("createdtime")));
        row.set("COMMENT_TEXT", html_to_text(comment.value_of("commentcontent")));
    }
    if (article.comments.empty())
        data.show("NO_COMMENTS");
}

bool is_web_address(std::string_view text) { return text.starts_with("https://") || text.starts_with("http://"); }

// A stored file is fetched through the portal; a document that only names
// a web address links there.
void add_documents(ViewData& data, const crm::RecordId& article, const std::vector<crm::Record>& documents)
{
    if (documents.empty())
        return;
    auto& section = data.add_row("DOCUMENTS");
    for (const auto& document : documents) {
        auto& row = section.add_row("DOCUMENT");
        std::string filename = field_text(document, "filename");
        std::string title = field_text(document, "notes_title");
        row.set("DOCUMENT_TITLE", title.empty() ? filename : title);
        if (is_web_address(filename)) {
            row.set("DOCUMENT_URL", filename);
            row.show("EXTERNAL_DOCUMENT");
            continue;
        }
        row.set("DOCUMENT_URL", article_url(article) + "/documents/" + document.id.to_string());
        if (!filename.empty() && filename != title)
            row.add_row("DOCUMENT_FILE").set("DOCUMENT_FILENAME", filename);
    }
}

void add_article(ViewData& data, const Catalog& words, const Session& session, const FaqArticle& article)
{
    auto& shown = data.add_row("ARTICLE_SHOWN");
    std::string category = field_text(article.article, "faqcategories");
    shown.set("ARTICLE_QUESTION", field_text(article.article, "question"));
    data.set("PAGE_TITLE", shown.values["ARTICLE_QUESTION"]);
    shown.set("ARTICLE_ANSWER", html_to_text(article.article.value_of("faq_answer")));
    shown.set("ARTICLE_DATE", format_date(words, field_text(article.article, "modifiedtime")));
    if (!category.empty()) {
        auto& link = data.add_row("ARTICLE_CATEGORY");
        link.set("CATEGORY_URL", category_url(category));
        link.set("CATEGORY_LABEL", picklist_text(article.description, "faqcategories", category));
    }
    if (!article.related.empty()) {
        auto& related = shown.add_row("RELATED");
        for (const auto& record : article.related)
            add_article_link(related, "RELATED_ARTICLE", words, record);
    }
    add_documents(shown, article.article.id, article.documents);
    add_comments(shown, words, session, article);
}

// The article page; when the article cannot be read (the CRM is away) the
// page still carries the comment box with what the customer typed.
web::HttpResponse article_page(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& id, int status, const CommentForm& form)
{
    std::string language = request.language;
    auto article = faq_article(context, session, language, id);
    // Without the article the page is worth showing only to keep what was typed.
    if (!article.ok() && (form.text.empty() || is_gone(article.error())))
        return crm_failure(context, request, article.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    set_search_query(data, "");
    if (article.ok())
        add_article(data, words, session, *article);
    data.set("COMMENT_ACTION", article_url(id) + "/comments");
    data.set("CSRF_TOKEN", session.csrf_token());
    data.set("COMMENT_TEXT_VALUE", form.text);
    if (!form.message.empty()) {
        auto& message = data.add_row("COMMENT_MESSAGE");
        message.set("MESSAGE_TEXT", form.message);
        message.set("MESSAGE_KIND", form.message_kind);
        message.set("MESSAGE_ROLE", form.message_kind == "error" ? "alert" : "status");
    }
    return page(context, request, status, "kb_article", "LBL_KNOWLEDGE_BASE", std::move(data));
}

// What is wrong with a typed comment, in the customer's words; none: nothing.
std::optional<std::string> comment_problem(const Catalog& words, const std::string& text)
{
    if (text.empty())
        return words.text("ERR_COMMENT_EMPTY");
    auto problem = text_problem(text, k_max_comment_length);
    if (!problem)
        return std::nullopt;
    if (*problem == "too long")
        return words.format("ERR_COMMENT_TOO_LONG", { { "max", std::to_string(k_max_comment_length) } });
    return words.text("ERR_TEXT_INVALID");
}

// What a failed AddComment means to the customer, and the page's status.
std::pair<int, std::string> comment_failure(const Catalog& words, const base::Error& error)
{
    auto failure = crm::failure_of(error);
    if (failure == crm::Failure::slow)
        return { crm::failure_status(failure), words.text("LBL_CRM_SLOW_MESSAGE") };
    if (failure == crm::Failure::unreachable)
        return { crm::failure_status(failure), words.text("LBL_CRM_DOWN_MESSAGE") };
    if (is_gone(error))
        return { 404, words.text("ERR_COMMENT_ARTICLE_GONE") };
    return { 502, words.text("ERR_COMMENT_REFUSED") };
}

}

web::HttpResponse show_faq_article(const Context& context, Request& request)
{
    const crm::RecordId& id = request.id;
    CommentForm form;
    // What was typed before the session ended comes back into the form.
    form.text = request.draft.value(article_url(id) + "/comments", "comment");
    if (request.query_param("comment") == "added") {
        form.message = request.words().text("LBL_COMMENT_ADDED");
        form.message_kind = "info";
    }
    return article_page(context, request, *request.session, id, 200, form);
}

web::HttpResponse submit_faq_comment(const Context& context, Request& request)
{
    const crm::RecordId& id = request.id;
    std::string language = request.language;
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    CommentForm form { request.form_param("comment").value_or(""), {}, "error" };
    std::string text(base::trim(form.text));
    if (auto problem = comment_problem(words, text)) {
        base::log::info("kb",
            "comment of " + std::to_string(form.text.size()) + " bytes on " + id.to_string() + " refused from "
                + request.remote_address);
        form.message = *problem;
        return article_page(context, request, *request.session, id, 400, form);
    }
    auto added = add_faq_comment(context, *request.session, language, id, text);
    if (!added.ok()) {
        if (added.error().is(crm::error_codes::k_wrong_credentials))
            return crm_failure(context, request, added.error());
        base::log::warning("kb", "comment on " + id.to_string() + " failed: " + added.error().message());
        auto [status, message] = comment_failure(words, added.error());
        form.message = message;
        return article_page(context, request, *request.session, id, status, form);
    }
    return web::HttpResponse::redirect(article_url(id) + "?comment=added#comments");
}

web::HttpResponse download_faq_document(const Context& context, Request& request)
{
    const crm::RecordId& id = request.id;
    auto document = request.record_param("document");
    if (!document)
        return not_found(context, request);
    auto file = faq_document(context, *request.session, request.language, id, *document);
    if (!file.ok())
        return crm_failure(context, request, file.error());
    if (file->filename.empty() && file->bytes.empty())
        return error_page(context, request, 404, "LBL_NOT_FOUND_TITLE", "ERR_DOCUMENT_NO_FILE");
    return web::file_response(std::move(file->bytes), file->filename, file->content_type);
}

}
