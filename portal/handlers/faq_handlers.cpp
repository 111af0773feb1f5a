#include "portal/handlers/faq_handlers.h"
#include "portal/pages/pager.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/pages/faq_view.h"
#include "portal/pages/record_text.h"
#include "portal/services/faq_service.h"
#include "portal/views/plain_text.h"

namespace portal {

namespace {

constexpr int k_max_page = 100000;

std::string count_text(const Catalog& words, std::string_view one, std::string_view many, std::int64_t count)
{
    return words.format(count == 1 ? one : many, { { "count", std::to_string(count) } });
}

void add_most_viewed(ViewData& data, const Catalog& words, const std::vector<crm::Record>& articles)
{
    if (articles.empty())
        return;
    auto& section = data.add_row("MOST_VIEWED");
    for (const auto& record : articles) {
        auto views = base::parse_int(record.value_of(k_faq_view_count_field)).value_or(0);
        add_article_link(section, "VIEWED_ARTICLE", words, record)
            .set("ARTICLE_VIEWS", count_text(words, "LBL_VIEW_COUNT_ONE", "LBL_VIEW_COUNT", views));
    }
}

void add_search_hits(ViewData& data, const Catalog& words, const FaqSearch& search, const std::string& query)
{
    data.set("RESULT_COUNT",
        count_text(
            words, "LBL_SEARCH_RESULT_COUNT_ONE", "LBL_SEARCH_RESULT_COUNT", static_cast<std::int64_t>(search.total)));
    if (search.total > search.hits.size())
        data.add_row("MORE_RESULTS")
            .set("MORE_RESULTS_TEXT",
                words.format("LBL_SEARCH_FIRST_RESULTS", { { "count", std::to_string(search.hits.size()) } }));
    for (const auto& hit : search.hits) {
        auto& row = data.add_row("RESULT");
        row.set("ARTICLE_URL", article_url(hit.article.id));
        row.set("ARTICLE_QUESTION", field_text(hit.article, "question"));
        if (!hit.category_label.empty())
            row.add_row("RESULT_CATEGORY").set("CATEGORY_LABEL", hit.category_label);
        Excerpt excerpt = excerpt_around(html_to_text(hit.article.value_of("faq_answer")), query);
        row.set("EXCERPT_BEFORE", excerpt.before);
        row.set("EXCERPT_AFTER", excerpt.after);
        if (!excerpt.match.empty())
            row.add_row("EXCERPT_MATCH").set("MATCH_TEXT", excerpt.match);
    }
    if (search.hits.empty())
        data.show("NO_RESULTS");
}

}

web::HttpResponse show_knowledge_base(const Context& context, Request& request)
{
    std::string language = request.language;
    auto home = knowledge_base_home(context, *request.session, language);
    if (!home.ok())
        return crm_failure(context, request, home.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    set_search_query(data, "");
    for (const auto& category : home->categories) {
        auto& row = data.add_row("CATEGORY");
        row.set("CATEGORY_URL", category_url(category.value));
        row.set("CATEGORY_LABEL", category.label);
        row.set("CATEGORY_COUNT", count_text(words, "LBL_ARTICLE_COUNT_ONE", "LBL_ARTICLE_COUNT", category.count));
    }
    if (!home->categories.empty())
        data.show("CATEGORIES");
    for (const auto& record : home->recent)
        add_article_link(data, "RECENT_ARTICLE", words, record);
    data.set("RECENT_TITLE", words.text(home->newest_first ? "LBL_RECENTLY_ADDED" : "LBL_RECENTLY_UPDATED"));
    if (!home->uncategorised.empty()) {
        auto& section = data.add_row("ALL_ARTICLES");
        for (const auto& record : home->uncategorised)
            add_article_link(section, "LISTED_ARTICLE", words, record);
    }
    add_most_viewed(data, words, home->most_viewed);
    if (home->categories.empty() && home->uncategorised.empty())
        data.show("NO_ARTICLES");
    return page(context, request, 200, "kb", "LBL_KNOWLEDGE_BASE", std::move(data));
}

web::HttpResponse show_faq_category(const Context& context, Request& request)
{
    auto page_number = base::parse_int(request.query_param("page").value_or("1"));
    int page_index
        = page_number && *page_number >= 1 && *page_number <= k_max_page ? static_cast<int>(*page_number) : 1;
    std::string language = request.language;
    auto list = faq_category(context, *request.session, language, request.query_param("name").value_or(""), page_index);
    if (!list.ok())
        return crm_failure(context, request, list.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    set_search_query(data, "");
    data.set("CATEGORY_LABEL", list->category.label);
    data.set("PAGE_TITLE", list->category.label);
    for (const auto& record : list->articles)
        add_article_link(data, "ARTICLE", words, record);
    std::string base_url = category_url(list->category.value) + "&page=";
    add_pager(data, list->page, list->has_next, [&base_url](int page) { return base_url + std::to_string(page); });
    return page(context, request, 200, "kb_category", "LBL_KNOWLEDGE_BASE", std::move(data));
}

web::HttpResponse show_faq_search(const Context& context, Request& request)
{
    std::string typed = request.query_param("q").value_or("");
    std::string query(base::trim(typed));
    std::string language = request.language;
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    set_search_query(data, typed);
    auto refuse = [&](int status, std::string text) {
        data.add_row("SEARCH_MESSAGE").set("MESSAGE_TEXT", std::move(text));
        return page(context, request, status, "kb_search", "LBL_SEARCH_RESULTS", std::move(data));
    };
    if (query.empty())
        return refuse(200, words.text("ERR_SEARCH_EMPTY"));
    if (auto problem = text_problem(query, k_max_search_length)) {
        base::log::info("kb", "search refused (" + *problem + ") from " + request.remote_address);
        if (*problem == "invalid")
            set_search_query(data, ""); // bytes that are no text are not shown again
        return refuse(400,
            *problem == "too long"
                ? words.format("ERR_SEARCH_TOO_LONG", { { "max", std::to_string(k_max_search_length) } })
                : words.text("ERR_TEXT_INVALID"));
    }
    auto search = search_faqs(context, *request.session, language, query);
    if (!search.ok())
        return crm_failure(context, request, search.error());
    data.add_row("SEARCHED").set("SEARCHED_FOR", query);
    add_search_hits(data, words, *search, query);
    return page(context, request, 200, "kb_search", "LBL_SEARCH_RESULTS", std::move(data));
}

}
