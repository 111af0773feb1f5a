#include "portal/handlers/case_handlers.h"

#include "base/strings.h"
#include "portal/handlers/case_list_view.h"
#include "portal/handlers/pages.h"
#include "portal/handlers/record_text.h"
#include "portal/handlers/record_view.h"
#include "portal/services/case_service.h"
#include "portal/views/text.h"

namespace portal {

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

web::HttpResponse show_case(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    auto id = crm::RecordId::parse(request.path_param("id"));
    if (!id || id->is_new())
        return not_found(context, request);
    auto detail = case_detail(context, *session, language_of(context, request), *id);
    if (!detail.ok())
        return crm_failure(context, request, session.get(), detail.error());
    ViewData data;
    data.set("CASE_TITLE", field_text(detail->record, "ticket_title"));
    data.set("PAGE_TITLE", data.values["CASE_TITLE"]);
    data.set("CASE_NUMBER", field_text(detail->record, "ticket_no"));
    auto renderer = context.views.current();
    add_record_fields(data, renderer->catalog(language_of(context, request)), *session, detail->description,
        detail->record, [](const crm::FieldDescription& field) { return field.name == "ticket_title"; });
    return page(context, request, session.get(), 200, "case", "LBL_CASE", std::move(data));
}

}
