#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/faq_records.h"
#include "portal/services/faq_service.h"
#include "portal/services/record_lists.h"

#include <algorithm>

namespace portal {

namespace {

constexpr int k_related_count = 5;
constexpr int k_comment_limit = 100;
constexpr const char* k_documents_module = "Documents";
constexpr const char* k_comments_module = "ModComments";

using Records = base::Result<std::vector<crm::Record>>;

crm::RelatedQuery related_to_faq(const crm::RecordId& id, const char* related_module)
{
    crm::RelatedQuery query;
    query.record = id;
    query.module = k_faq_module;
    query.related_module = related_module;
    query.page_limit = k_comment_limit;
    return query;
}

// The article's documents, none when the CRM does not offer Documents to
// this customer (asking would only earn a refusal).
Records faq_documents(
    const Context& context, const Session& session, const crm::Credentials& credentials, const crm::RecordId& id)
{
    const auto* documents = session.modules().find(k_documents_module);
    if (!documents)
        return std::vector<crm::Record> {};
    crm::RelatedQuery query = related_to_faq(id, k_documents_module);
    query.related_module_label = documents->label;
    return context.crm.fetch_related_records(credentials, query);
}

Records articles_beside(
    const Context& context, const Session& session, const crm::Credentials& credentials, const crm::Record& article)
{
    std::string category = article.value_of("faqcategories");
    if (category.empty())
        return std::vector<crm::Record> {};
    crm::RecordsQuery query = faq_query(session);
    query.filters.emplace_back("faqcategories", category);
    query.page_limit = k_related_count + 1;
    std::vector<crm::Record> related;
    for (auto& record : TRY(context.crm.fetch_records(credentials, query)).records) {
        if (!(record.id == article.id) && related.size() < k_related_count)
            related.push_back(std::move(record));
    }
    return related;
}

// A stock Vtiger answers FetchRecord of an FAQ with an empty HTTP 500
// (capture 166), while its FetchRecords lists the same published articles
// with every portal field: the article is then read from the list.
base::Result<crm::Record> article_record(
    const Context& context, const Session& session, const crm::Credentials& credentials, const crm::RecordId& id)
{
    auto record = context.crm.fetch_record(credentials, id);
    namespace codes = crm::error_codes;
    if (record.ok() || !(record.error().is(codes::k_http_status) || record.error().is(codes::k_bad_envelope)))
        return record;
    base::log::info("crm",
        "FetchRecord of FAQ " + id.to_string() + " failed (" + record.error().message()
            + "); reading it from the FAQ list");
    for (auto& listed : TRY(every_record(context, credentials, faq_query(session)))) {
        if (listed.id == id)
            return std::move(listed);
    }
    return base::Error(std::string(codes::k_record_not_found), id.to_string() + " is no published FAQ");
}

}

base::Result<FaqArticle> faq_article(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    FaqAccess access = TRY(faq_access(context, session, language, id));
    const crm::Credentials& credentials = access.credentials;
    const crm::ModuleDescription& description = access.description;
    auto [record, comments, documents]
        = crm::run_parallel([&] { return article_record(context, session, credentials, id); },
            [&] { return context.crm.fetch_related_records(credentials, related_to_faq(id, k_comments_module)); },
            [&] { return faq_documents(context, session, credentials, id); });
    FaqArticle article { TRY(std::move(record)), description, {}, TRY(std::move(comments)), {} };
    // The CRM sends comments newest first; a conversation reads oldest first.
    std::reverse(article.comments.begin(), article.comments.end());
    article.documents = TRY(std::move(documents));
    article.related = TRY(articles_beside(context, session, credentials, article.article));
    return article;
}

base::Result<void> add_faq_comment(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& article, const std::string& text)
{
    crm::Credentials credentials = TRY(faq_access(context, session, language, article)).credentials;
    crm::NewComment comment;
    comment.related_to = article;
    comment.content = text;
    auto added = context.crm.add_comment(credentials, comment);
    if (!added.ok())
        return added.error();
    base::log::info("kb", "comment " + added->id.to_string() + " added to " + article.to_string());
    return {};
}

base::Result<crm::DownloadedFile> faq_document(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& article, const crm::RecordId& document)
{
    crm::Credentials credentials = TRY(faq_access(context, session, language, article)).credentials;
    std::vector<crm::Record> documents = TRY(faq_documents(context, session, credentials, article));
    bool related = std::any_of(
        documents.begin(), documents.end(), [&](const crm::Record& record) { return record.id == document; });
    if (!related)
        return base::Error(std::string(crm::error_codes::k_record_not_found),
            document.to_string() + " is not a document of " + article.to_string());
    crm::DownloadRequest request;
    request.module = k_documents_module;
    request.record = document;
    request.parent = article;
    request.parent_module = k_faq_module;
    return context.crm.download_file(credentials, request);
}

}
