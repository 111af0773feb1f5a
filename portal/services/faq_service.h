#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <string>
#include <vector>

namespace portal {

inline constexpr const char* k_faq_module = "Faq";

struct FaqCategory {
    std::string value; // the CRM's picklist value, used in URLs and filters
    std::string label; // in the customer's language
    std::int64_t count = 0;
};

// The read-only field by which a CRM counts how often an FAQ was read (an
// extension of the reference CRM; a stock Vtiger has no such field).
inline constexpr const char* k_faq_view_count_field = "view_count";

struct KnowledgeBaseHome {
    std::vector<FaqCategory> categories; // those with at least one published article
    std::vector<crm::Record> recent; // newest first, or last updated first when not newest_first
    bool newest_first = true; // the CRM sorts by creation time
    std::vector<crm::Record> most_viewed; // empty when the CRM counts no views
    std::vector<crm::Record> uncategorised; // every article, when the CRM shares no categories
};

struct FaqList {
    FaqCategory category;
    std::vector<crm::Record> articles;
    int page = 1;
    bool has_next = false;
};

struct FaqArticle {
    crm::Record article;
    crm::ModuleDescription description;
    std::vector<crm::Record> related; // other articles of the same category
    std::vector<crm::Record> comments; // oldest first
    std::vector<crm::Record> documents; // the Documents the CRM relates to the article
};

struct FaqSearchHit {
    crm::Record article; // question, faq_answer, id
    std::string category_label; // empty when the CRM did not say
};

struct FaqSearch {
    std::vector<FaqSearchHit> hits;
    std::size_t total = 0; // hits may hold only the first of them
};

inline constexpr std::size_t k_max_search_length = 100;
inline constexpr std::size_t k_max_comment_length = 5000;

// The knowledge base: the CRM's published FAQs (the CRM never shows drafts).
base::Result<KnowledgeBaseHome> knowledge_base_home(
    const Context& context, const Session& session, const std::string& language);
base::Result<FaqList> faq_category(
    const Context& context, const Session& session, const std::string& language, const std::string& category, int page);
base::Result<FaqArticle> faq_article(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

// Published articles whose question or answer holds `words` (SearchFaqs).
base::Result<FaqSearch> search_faqs(
    const Context& context, const Session& session, const std::string& language, const std::string& words);

// A comment by the customer on a published article (AddComment).
base::Result<void> add_faq_comment(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& article, const std::string& text);

// A document's file, only when the CRM lists the document as related to the
// article (never a document id taken on trust from the browser).
base::Result<crm::DownloadedFile> faq_document(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& article, const crm::RecordId& document);

}
