#include "portal/services/faq_service.h"

#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/paging.h"

#include <algorithm>
#include <map>

namespace portal {

namespace {

constexpr int k_recent_count = 5;
constexpr int k_related_count = 5;
constexpr int k_category_page_size = 20;
constexpr int k_crm_page_limit = 100;

crm::RecordsQuery faq_query(const Session& session)
{
    crm::RecordsQuery query;
    query.module = k_faq_module;
    if (const auto* info = session.modules().find(k_faq_module))
        query.module_label = info->label;
    return query;
}

base::Result<void> require_faq_module(const Session& session)
{
    if (!session.modules().find(k_faq_module))
        return base::Error("portal.module_disabled", "the CRM does not offer the knowledge base to this customer");
    return {};
}

std::string category_label(const crm::ModuleDescription& description, const std::string& value)
{
    if (const auto* field = description.field("faqcategories")) {
        for (const auto& choice : field->picklist_values) {
            if (choice.value == value && !choice.label.empty())
                return choice.label;
        }
    }
    return value;
}

// Category counts of one page of up to 100 articles, then the exact count
// from the CRM for each category when there are more articles than that.
base::Result<std::vector<FaqCategory>> categories_with_counts(const Context& context, const Session& session,
    const crm::Credentials& credentials, const crm::ModuleDescription& description, const crm::RecordPage& all)
{
    std::map<std::string, std::int64_t> counts;
    for (const auto& record : all.records)
        ++counts[record.value_of("faqcategories")];
    bool complete = !all.total_count || *all.total_count <= static_cast<std::int64_t>(all.records.size());
    std::vector<FaqCategory> categories;
    const auto* field = description.field("faqcategories");
    for (const auto& choice : field ? field->picklist_values : std::vector<crm::PicklistValue> {}) {
        std::int64_t count = counts[choice.value];
        if (!complete) {
            crm::RecordsQuery query = faq_query(session);
            query.filters.emplace_back("faqcategories", choice.value);
            query.page_limit = 1;
            count = TRY(context.crm.fetch_records(credentials, query)).total_count.value_or(count);
        }
        if (count > 0)
            categories.push_back({ choice.value, choice.label.empty() ? choice.value : choice.label, count });
    }
    return categories;
}

}

base::Result<KnowledgeBaseHome> knowledge_base_home(
    const Context& context, const Session& session, const std::string& language)
{
    TRY(require_faq_module(session));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, k_faq_module));
    crm::RecordsQuery query = faq_query(session);
    query.order_by = "createdtime";
    query.page_limit = k_crm_page_limit;
    crm::RecordPage all = TRY(context.crm.fetch_records(credentials, query));
    KnowledgeBaseHome home;
    home.categories = TRY(categories_with_counts(context, session, credentials, description, all));
    for (std::size_t i = 0; i < all.records.size() && i < k_recent_count; ++i)
        home.recent.push_back(all.records[i]);
    return home;
}

base::Result<FaqList> faq_category(
    const Context& context, const Session& session, const std::string& language, const std::string& category, int page)
{
    TRY(require_faq_module(session));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, k_faq_module));
    const auto* field = description.field("faqcategories");
    bool known = field
        && std::any_of(field->picklist_values.begin(), field->picklist_values.end(),
            [&](const crm::PicklistValue& choice) { return choice.value == category; });
    if (!known)
        return base::Error(std::string(crm::error_codes::k_record_not_found), "no FAQ category '" + category + "'");
    crm::RecordsQuery query = faq_query(session);
    query.filters.emplace_back("faqcategories", category);
    query.order_by = "question";
    query.descending = false;
    query.page = page - 1;
    query.page_limit = k_category_page_size;
    crm::RecordPage found = TRY(context.crm.fetch_records(credentials, query));
    FaqList list { { category, category_label(description, category), found.total_count.value_or(0) },
        std::move(found.records), page, false };
    list.has_next
        = has_next_page(page, k_category_page_size, static_cast<std::int64_t>(list.articles.size()), found.total_count);
    return list;
}

base::Result<FaqArticle> faq_article(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    TRY(require_faq_module(session));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::ModuleDescription description = TRY(describe(context, session, language, k_faq_module));
    if (std::to_string(id.module_prefix()) != description.id_prefix)
        return base::Error(std::string(crm::error_codes::k_record_not_found), id.to_string() + " is not an FAQ");
    FaqArticle article { TRY(context.crm.fetch_record(credentials, id)), description, {} };
    std::string category = article.article.value_of("faqcategories");
    if (category.empty())
        return article;
    crm::RecordsQuery query = faq_query(session);
    query.filters.emplace_back("faqcategories", category);
    query.page_limit = k_related_count + 1;
    for (auto& record : TRY(context.crm.fetch_records(credentials, query)).records) {
        if (!(record.id == id) && article.related.size() < k_related_count)
            article.related.push_back(std::move(record));
    }
    return article;
}

}
