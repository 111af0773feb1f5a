#include "portal/handlers/record_handlers.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_view.h"
#include "portal/services/record_service.h"

namespace portal {

namespace {

constexpr std::string_view k_pdf_suffix = ".pdf";

RecordListQuery parse_list_query(const web::HttpRequest& request)
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
void add_notice(ViewData& data, const Catalog& words, const web::HttpRequest& request)
{
    if (request.query_param("saved"))
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text("LBL_SAVED"));
    else if (request.query_param("commented"))
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text("LBL_COMMENT_ADDED"));
    else if (auto decided = request.query_param("decided"))
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text(*decided == "accepted" ? "LBL_QUOTE_ACCEPTED" : "LBL_QUOTE_DECLINED"));
}

}

web::HttpResponse record_failure(
    const Context& context, const web::HttpRequest& request, const Session* session, const base::Error& error)
{
    if (error.is(k_module_disabled)) {
        base::log::info("web", request.path + ": " + error.message());
        return error_page(context, request, session, 404, "LBL_NOT_FOUND_TITLE", "LBL_NOT_FOUND_MESSAGE");
    }
    return crm_failure(context, request, session, error);
}

web::HttpResponse show_record_list(const Context& context, web::HttpRequest& request, const RecordModule& module)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string language = language_of(context, request);
    auto list = list_records(context, *session, language, module, parse_list_query(request));
    if (!list.ok())
        return record_failure(context, request, session.get(), list.error());
    auto renderer = context.views.current();
    ViewData data = record_list_view(renderer->catalog(language), *session, module, *list);
    return page(context, request, session.get(), 200, "records", "LBL_RECORD", std::move(data));
}

web::HttpResponse show_record(const Context& context, web::HttpRequest& request, const RecordModule& module)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string text = request.path_param("id");
    bool pdf = module.printable && text.ends_with(k_pdf_suffix);
    if (pdf)
        text.resize(text.size() - k_pdf_suffix.size());
    auto id = crm::RecordId::parse(text);
    if (!id || id->is_new())
        return not_found(context, request);
    if (pdf)
        return show_record_pdf(context, request, module, *id);
    return record_page(context, request, *session, module, *id, 200,
        [&](ViewData& data, const Catalog& words) { add_notice(data, words, request); });
}

web::HttpResponse record_page(const Context& context, const web::HttpRequest& request, const Session& session,
    const RecordModule& module, const crm::RecordId& id, int status,
    const std::function<void(ViewData&, const Catalog&)>& adjust)
{
    std::string language = language_of(context, request);
    auto detail = record_detail(context, session, language, module, id, true);
    if (!detail.ok())
        return record_failure(context, request, &session, detail.error());
    auto renderer = context.views.current();
    const Catalog& words = renderer->catalog(language);
    ViewData data = record_detail_view(words, session, module, *detail);
    adjust(data, words);
    return page(context, request, &session, status, "record", "LBL_RECORD", std::move(data));
}

}
