#include "portal/handlers/case_handlers.h"

#include "base/strings.h"
#include "portal/handlers/case_list_view.h"
#include "portal/handlers/pages.h"
#include "portal/services/case_service.h"

namespace portal {

namespace {

constexpr std::string_view k_notices[][2] = {
    { "comment", "MSG_CASE_COMMENT_ADDED" },
    { "closed", "MSG_CASE_CLOSED" },
    { "reopened", "MSG_CASE_REOPENED" },
    { "saved", "MSG_CASE_SAVED" },
};

std::string notice_key(std::string_view done)
{
    for (const auto& [name, key] : k_notices) {
        if (name == done)
            return std::string(key);
    }
    return "";
}

}

web::HttpResponse show_cases(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string language = language_of(context, request);
    auto list = list_cases(context, *session, language, parse_case_list_query(request));
    if (!list.ok())
        return crm_failure(context, request, session.get(), list.error());
    auto renderer = context.views.current();
    ViewData data = case_list_view(renderer->catalog(language), *list);
    return page(context, request, session.get(), 200, "cases", "LBL_MY_CASES", std::move(data));
}

web::HttpResponse case_page(const Context& context, const web::HttpRequest& request, const Session& session,
    const crm::RecordId& id, const CaseForms& forms, int status)
{
    std::string language = language_of(context, request);
    auto detail = case_detail(context, session, language, id);
    if (!detail.ok())
        return crm_failure(context, request, &session, detail.error());
    auto renderer = context.views.current();
    ViewData data = case_detail_view(renderer->catalog(language), session, *detail, forms);
    return page(context, request, &session, status, "case", "LBL_CASE", std::move(data));
}

std::optional<crm::RecordId> case_id_of(const web::HttpRequest& request)
{
    auto id = crm::RecordId::parse(request.path_param("id"));
    if (!id || id->is_new())
        return std::nullopt;
    return id;
}

std::optional<web::HttpResponse> refuse_case_request(
    const Context& context, const web::HttpRequest& request, CaseRequest& into)
{
    into.session = current_session(context, request);
    if (!into.session)
        return redirect_to_login(context, request);
    if (request.method == "POST" && !has_valid_csrf_token(*into.session, request))
        return csrf_refusal(context, request, into.session.get());
    auto id = case_id_of(request);
    if (!id)
        return not_found(context, request);
    into.id = *id;
    return std::nullopt;
}

// GET /cases/{id}[?done=comment|closed|reopened|saved]: the confirmation of
// the form that led here, after its redirect.
web::HttpResponse show_case(const Context& context, web::HttpRequest& request)
{
    CaseRequest asked;
    if (auto refusal = refuse_case_request(context, request, asked))
        return std::move(*refusal);
    CaseForms forms;
    forms.notice = notice_key(request.query_param("done").value_or(""));
    return case_page(context, request, *asked.session, asked.id, forms, 200);
}

}
