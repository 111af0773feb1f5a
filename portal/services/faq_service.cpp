#include "portal/services/faq_service.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/faq_records.h"
#include "portal/services/paging.h"
#include "portal/services/record_lists.h"

#include <algorithm>
#include <map>

namespace portal {

namespace {

constexpr int k_recent_count = 5;
constexpr int k_category_page_size = 20;
constexpr int k_crm_page_limit = 100;
constexpr int k_most_viewed_count = 5;
constexpr std::size_t k_max_search_hits = 50;

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

// Every word of the search in the question or the answer, in any order,
// without regard to case.
bool has_every_word(const crm::Record& article, const std::string& words)
{
    std::string text = base::to_lower(article.value_of("question") + " " + article.value_of("faq_answer"));
    std::vector<std::string> wanted = base::split(base::to_lower(words), ' ');
    std::erase_if(wanted, [](const std::string& word) { return word.empty(); });
    return !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
        return text.find(word) != std::string::npos;
    });
}

// The most read articles, when the CRM shows how often each was read.
base::Result<std::vector<crm::Record>> most_viewed(
    const Context& context, const Session& session, const crm::Credentials& credentials)
{
    crm::RecordsQuery query = faq_query(session);
    query.order_by = k_faq_view_count_field;
    query.page_limit = k_most_viewed_count;
    std::vector<crm::Record> records = TRY(context.crm.fetch_records(credentials, query)).records;
    std::erase_if(records, [](const crm::Record& record) {
        return base::parse_int(record.value_of(k_faq_view_count_field)).value_or(0) <= 0;
    });
    return records;
}

}

base::Result<KnowledgeBaseHome> knowledge_base_home(
    const Context& context, const Session& session, const std::string& language)
{
    FaqAccess access = TRY(faq_access(context, session, language));
    const crm::Credentials& credentials = access.credentials;
    const crm::ModuleDescription& description = access.description;
    crm::RecordsQuery query = with_sort_if_described(faq_query(session), description, "createdtime", true);
    query.page_limit = k_crm_page_limit;
    bool counts_views = description.field(k_faq_view_count_field) != nullptr;
    auto [newest, viewed] = crm::run_parallel([&] { return context.crm.fetch_records(credentials, query); },
        [&] {
            return counts_views ? most_viewed(context, session, credentials)
                                : base::Result<std::vector<crm::Record>>(std::vector<crm::Record> {});
        });
    crm::RecordPage all = TRY(std::move(newest));
    KnowledgeBaseHome home;
    home.most_viewed = TRY(std::move(viewed));
    home.categories = TRY(categories_with_counts(context, session, credentials, description, all));
    home.newest_first = query.order_by.has_value();
    for (std::size_t i = 0; i < all.records.size() && i < k_recent_count; ++i)
        home.recent.push_back(all.records[i]);
    // A CRM that shares no categories (a stock Vtiger's portal fields have
    // none): every article is listed instead, by question.
    if (!description.field("faqcategories")) {
        home.uncategorised = std::move(all.records);
        sort_records(home.uncategorised, "question", false);
    }
    return home;
}

base::Result<FaqList> faq_category(
    const Context& context, const Session& session, const std::string& language, const std::string& category, int page)
{
    FaqAccess access = TRY(faq_access(context, session, language));
    const crm::Credentials& credentials = access.credentials;
    const crm::ModuleDescription& description = access.description;
    const auto* field = description.field("faqcategories");
    bool known = field
        && std::any_of(field->picklist_values.begin(), field->picklist_values.end(),
            [&](const crm::PicklistValue& choice) { return choice.value == category; });
    if (!known)
        return base::Error(std::string(crm::error_codes::k_record_not_found), "no FAQ category '" + category + "'");
    crm::RecordsQuery query = faq_query(session);
    query.filters.emplace_back("faqcategories", category);
    query = with_sort_if_described(std::move(query), description, "question", false);
    query.page = page - 1;
    query.page_limit = k_category_page_size;
    crm::RecordPage found = TRY(context.crm.fetch_records(credentials, query));
    FaqList list { { category, category_label(description, category), found.total_count.value_or(0) },
        std::move(found.records), page, false };
    list.has_next
        = has_next_page(page, k_category_page_size, static_cast<std::int64_t>(list.articles.size()), found.total_count);
    return list;
}

base::Result<FaqSearch> search_faqs(
    const Context& context, const Session& session, const std::string& language, const std::string& words)
{
    FaqAccess access = TRY(faq_access(context, session, language));
    const crm::Credentials& credentials = access.credentials;
    const crm::ModuleDescription& description = access.description;
    // SearchFaqs matches the words as one phrase only (capture 162) and names
    // no category; the list of articles finds the others and names categories.
    auto [found, listed] = crm::run_parallel([&] { return context.crm.search_faqs(credentials, words); },
        [&] { return every_record(context, credentials, faq_query(session)); });
    std::vector<crm::Record> articles = TRY(std::move(found));
    std::map<std::string, std::string> categories;
    if (listed.ok()) {
        for (auto& record : *listed) {
            categories[record.id.to_string()] = record.value_of("faqcategories");
            bool known = std::any_of(
                articles.begin(), articles.end(), [&](const crm::Record& a) { return a.id == record.id; });
            if (!known && has_every_word(record, words))
                articles.push_back(std::move(record));
        }
    }
    FaqSearch search;
    search.total = articles.size();
    for (auto& article : articles) {
        if (search.hits.size() == k_max_search_hits)
            break;
        auto category = categories.find(article.id.to_string());
        std::string label = category == categories.end() || category->second.empty()
            ? std::string()
            : category_label(description, category->second);
        search.hits.push_back({ std::move(article), std::move(label) });
    }
    return search;
}

}
