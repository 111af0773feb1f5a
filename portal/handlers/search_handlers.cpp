#include "portal/handlers/search_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/services/module_pages.h"
#include "portal/services/search_service.h"
#include "portal/views/text.h"

namespace portal {

namespace {

constexpr std::size_t k_min_search = 2;
constexpr std::size_t k_max_search = 100;

std::string group_title(const Session& session, const crm::SearchHits& hits)
{
    const auto* module = session.modules().find(hits.module);
    if (module && !module->ui_label.empty())
        return decode_html_entities(module->ui_label);
    return hits.ui_label.empty() ? hits.module : decode_html_entities(hits.ui_label);
}

// Groups in the CRM's module order, modules without hits left out.
std::size_t add_groups(ViewData& data, const Session& session, const std::vector<crm::SearchHits>& found)
{
    std::size_t count = 0;
    for (const auto& hits : found) {
        if (hits.hits.empty())
            continue;
        auto& group = data.add_row("GROUP");
        group.set("GROUP_ID", "results-" + std::to_string(data.sections["GROUP"].size()));
        group.set("GROUP_TITLE", group_title(session, hits));
        for (const auto& hit : hits.hits) {
            auto& row = group.add_row("HIT");
            std::string label = decode_html_entities(std::string(base::trim(hit.label)));
            row.set("HIT_LABEL", label.empty() ? hit.id.to_string() : label);
            std::string url = record_url(hits.module, hit.id);
            if (url.empty())
                row.show("HIT_TEXT");
            else
                row.add_row("HIT_LINK").set("HIT_URL", url);
            ++count;
        }
    }
    return count;
}

void add_message(ViewData& data, const Catalog& words, std::string_view key)
{
    data.add_row("SEARCH_MESSAGE").set("MESSAGE_TEXT", words.format(key, { { "min", std::to_string(k_min_search) } }));
}

}

web::HttpResponse show_search(const Context& context, Request& request)
{
    std::string language = request.language;
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    std::string query(base::trim(request.query_param("q").value_or("")));
    if (query.size() > k_max_search)
        query.resize(k_max_search);
    ViewData data;
    data.set("SEARCH_QUERY", query);
    if (query.size() < k_min_search) {
        add_message(data, words, query.empty() ? "LBL_SEARCH_PROMPT" : "LBL_SEARCH_TOO_SHORT");
        return page(context, request, 200, "search", "LBL_SEARCH_RESULTS", std::move(data));
    }
    auto found = search_everything(context, *request.session, language, query);
    if (!found.ok())
        return crm_failure(context, request, found.error());
    std::size_t count = add_groups(data, *request.session, *found);
    if (count == 0)
        add_message(data, words, "LBL_SEARCH_NOTHING_FOUND");
    else
        data.add_row("RESULT_COUNT")
            .set("COUNT_TEXT",
                words.format(
                    count == 1 ? "LBL_RESULT_COUNT_ONE" : "LBL_RESULT_COUNT", { { "count", std::to_string(count) } }));
    return page(context, request, 200, "search", "LBL_SEARCH_RESULTS", std::move(data));
}

}
