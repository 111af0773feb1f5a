#include "portal/handlers/faq_handlers.h"

#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_text.h"
#include "portal/services/faq_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr int k_max_page = 100000;

// The category travels in the query: a path segment would lose a "/" or "+"
// in it to the web server's decoding.
std::string category_url(const std::string& value) { return "/kb/category?name=" + base::url_encode(value); }

void add_article_link(ViewData& data, const std::string& section, const Catalog& words, const crm::Record& record)
{
    auto& row = data.add_row(section);
    row.set("ARTICLE_URL", "/kb/" + record.id.to_string());
    row.set("ARTICLE_QUESTION", field_text(record, "question"));
    row.set("ARTICLE_DATE", format_date(words, field_text(record, "createdtime")));
}

}

web::HttpResponse show_knowledge_base(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string language = language_of(context, request);
    auto home = knowledge_base_home(context, *session, language);
    if (!home.ok())
        return crm_failure(context, request, session.get(), home.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    for (const auto& category : home->categories) {
        auto& row = data.add_row("CATEGORY");
        row.set("CATEGORY_URL", category_url(category.value));
        row.set("CATEGORY_LABEL", category.label);
        row.set("CATEGORY_COUNT",
            words.format(category.count == 1 ? "LBL_ARTICLE_COUNT_ONE" : "LBL_ARTICLE_COUNT",
                { { "count", std::to_string(category.count) } }));
    }
    for (const auto& record : home->recent)
        add_article_link(data, "RECENT_ARTICLE", words, record);
    if (home->categories.empty())
        data.show("NO_ARTICLES");
    return page(context, request, session.get(), 200, "kb", "LBL_KNOWLEDGE_BASE", std::move(data));
}

web::HttpResponse show_faq_category(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    auto page_number = base::parse_int(request.query_param("page").value_or("1"));
    int page_index
        = page_number && *page_number >= 1 && *page_number <= k_max_page ? static_cast<int>(*page_number) : 1;
    std::string language = language_of(context, request);
    auto list = faq_category(context, *session, language, request.query_param("name").value_or(""), page_index);
    if (!list.ok())
        return crm_failure(context, request, session.get(), list.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    data.set("CATEGORY_LABEL", list->category.label);
    data.set("PAGE_TITLE", list->category.label);
    for (const auto& record : list->articles)
        add_article_link(data, "ARTICLE", words, record);
    std::string base_url = category_url(list->category.value) + "&page=";
    add_pager(data, list->page, list->has_next, [&base_url](int page) { return base_url + std::to_string(page); });
    return page(context, request, session.get(), 200, "kb_category", "LBL_KNOWLEDGE_BASE", std::move(data));
}

web::HttpResponse show_faq_article(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    auto id = crm::RecordId::parse(request.path_param("id"));
    if (!id || id->is_new())
        return not_found(context, request);
    std::string language = language_of(context, request);
    auto article = faq_article(context, *session, language, *id);
    if (!article.ok())
        return crm_failure(context, request, session.get(), article.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language);
    ViewData data;
    std::string category = field_text(article->article, "faqcategories");
    data.set("ARTICLE_QUESTION", field_text(article->article, "question"));
    data.set("PAGE_TITLE", data.values["ARTICLE_QUESTION"]);
    data.set("ARTICLE_ANSWER", field_text(article->article, "faq_answer"));
    data.set("ARTICLE_DATE", format_date(words, field_text(article->article, "modifiedtime")));
    if (!category.empty()) {
        auto& link = data.add_row("ARTICLE_CATEGORY");
        link.set("CATEGORY_URL", category_url(category));
        link.set("CATEGORY_LABEL", picklist_text(article->description, "faqcategories", category));
    }
    if (!article->related.empty()) {
        auto& related = data.add_row("RELATED");
        for (const auto& record : article->related)
            add_article_link(related, "RELATED_ARTICLE", words, record);
    }
    return page(context, request, session.get(), 200, "kb_article", "LBL_KNOWLEDGE_BASE", std::move(data));
}

}
