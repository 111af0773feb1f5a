#include "portal/handlers/record_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/pages/record_view.h"
#include "portal/services/record_service.h"

namespace portal {

namespace {

constexpr std::string_view k_pdf_suffix = ".pdf";

RecordListQuery parse_list_query(const Request& request)
{
    RecordListQuery query;
    std::string scope = request.query_param("scope").value_or("");
    query.organisation = scope == "organisation";
    query.scope_chosen = scope == "organisation" || scope == "mine";
    auto page = base::parse_int(request.query_param("page").value_or("1"));
    query.page = page && *page >= 1 && *page <= 100000 ? static_cast<int>(*page) : 1;
    return query;
}

// The notice a detail page shows after a save or a comment (PRG redirect).
void add_notice(ViewData& data, const Catalog& words, const Request& request)
{
    if (request.query_param("saved"))
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text("LBL_SAVED"));
    else if (request.query_param("commented"))
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text("LBL_COMMENT_ADDED"));
    else if (auto decided = request.query_param("decided"))
        data.add_row("NOTICE").set(
            "NOTICE_TEXT", words.text(*decided == "accepted" ? "LBL_QUOTE_ACCEPTED" : "LBL_QUOTE_DECLINED"));
}

}

web::HttpResponse record_failure(const Context& context, const Request& request, const base::Error& error)
{
    if (error.is(k_module_disabled)) {
        base::log::info("web", request.path + ": " + error.message());
        return error_page(context, request, 404, "LBL_NOT_FOUND_TITLE", "LBL_NOT_FOUND_MESSAGE");
    }
    return crm_failure(context, request, error);
}

web::HttpResponse show_record_list(const Context& context, Request& request, const RecordModule& module)
{
    std::string language = request.language;
    auto list = list_records(context, *request.session, language, module, parse_list_query(request));
    if (!list.ok())
        return record_failure(context, request, list.error());
    auto renderer = request.renderer;
    ViewData data = record_list_view(renderer->catalog(language), *request.session, module, *list);
    return page(context, request, 200, "records", "LBL_RECORD", std::move(data));
}

web::HttpResponse show_record(const Context& context, Request& request, const RecordModule& module)
{
    if (request.path_param("suffix") == k_pdf_suffix)
        return show_record_pdf(context, request, module, request.id);
    return record_page(context, request, module, request.id, 200, [&](ViewData& data, const Catalog& words) {
        add_notice(data, words, request);
        // What was typed before the session ended comes back into the comment form.
        auto comments = data.sections.find("COMMENTS");
        std::string kept = request.draft.value(request.path + "/comments", "comment");
        if (comments != data.sections.end() && !kept.empty())
            comments->second.front().set("NEW_COMMENT_TEXT", kept);
    });
}

web::HttpResponse record_page(const Context& context, const Request& request, const RecordModule& module,
    const crm::RecordId& id, int status, const std::function<void(ViewData&, const Catalog&)>& adjust)
{
    std::string language = request.language;
    const Session& session = *request.session;
    auto detail = record_detail(context, session, language, module, id, true);
    if (!detail.ok())
        return record_failure(context, request, detail.error());
    auto renderer = request.renderer;
    const Catalog& words = renderer->catalog(language);
    ViewData data = record_detail_view(words, session, module, *detail);
    adjust(data, words);
    return page(context, request, status, "record", "LBL_RECORD", std::move(data));
}

}
