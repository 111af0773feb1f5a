#include "portal/handlers/case_handlers.h"

#include "base/strings.h"
#include "portal/handlers/pages.h"
#include "portal/pages/case_list_view.h"
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

web::HttpResponse show_cases(const Context& context, Request& request)
{
    std::string language = request.language;
    auto list = list_cases(context, *request.session, language, parse_case_list_query(request));
    if (!list.ok())
        return crm_failure(context, request, list.error());
    auto renderer = request.renderer;
    ViewData data = case_list_view(renderer->catalog(language), *list);
    return page(context, request, 200, "cases", "LBL_MY_CASES", std::move(data));
}

web::HttpResponse case_page(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& id, const CaseForms& forms, int status)
{
    std::string language = request.language;
    auto detail = case_detail(context, session, language, id);
    if (!detail.ok())
        return crm_failure(context, request, detail.error());
    auto renderer = request.renderer;
    ViewData data = case_detail_view(renderer->catalog(language), session, *detail, forms);
    return page(context, request, status, "case", "LBL_CASE", std::move(data));
}

// GET /cases/{id}[?done=comment|closed|reopened|saved]: the confirmation of
// the form that led here, after its redirect.
web::HttpResponse show_case(const Context& context, Request& request)
{
    CaseForms forms;
    forms.notice = notice_key(request.query_param("done").value_or(""));
    // What was typed before the session ended, back in its form.
    forms.comment = request.draft.value(case_url(request.id, "/comments"), "comment");
    for (const char* action : { "/close", "/reopen" }) {
        if (request.draft.action == case_url(request.id, action))
            forms.status_comment = request.draft.value(request.draft.action, "comment");
    }
    return case_page(context, request, *request.session, request.id, forms, 200);
}

}
