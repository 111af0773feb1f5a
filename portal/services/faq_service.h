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

struct KnowledgeBaseHome {
    std::vector<FaqCategory> categories; // those with at least one published article
    std::vector<crm::Record> recent; // newest first
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
};

// The knowledge base: the CRM's published FAQs (the CRM never shows drafts).
base::Result<KnowledgeBaseHome> knowledge_base_home(
    const Context& context, const Session& session, const std::string& language);
base::Result<FaqList> faq_category(
    const Context& context, const Session& session, const std::string& language, const std::string& category, int page);
base::Result<FaqArticle> faq_article(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

}
