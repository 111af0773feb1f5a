#include "portal/handlers/case_export_handlers.h"

#include "portal/handlers/case_list_view.h"
#include "portal/handlers/pages.h"
#include "portal/services/case_service.h"

#include <chrono>
#include <ctime>

namespace portal {

namespace {

// "cases-2026-11-25.csv": the day of the export, so that several exports
// of one customer do not overwrite each other in the downloads folder.
std::string export_file_name()
{
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm day {};
    gmtime_r(&now, &day);
    char name[32];
    std::strftime(name, sizeof name, "cases-%Y-%m-%d.csv", &day);
    return name;
}

}

web::HttpResponse export_cases_csv(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return redirect_to_login(context, request);
    std::string language = language_of(context, request);
    auto cases = export_cases(context, *session, language, parse_case_list_query(request));
    if (!cases.ok())
        return crm_failure(context, request, session.get(), cases.error());
    auto renderer = context.views.current();
    web::HttpResponse response;
    response.body = cases_csv(renderer->catalog(language), *cases);
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    response.set_header("Content-Disposition", "attachment; filename=\"" + export_file_name() + "\"");
    response.set_header("Cache-Control", "no-store");
    return response;
}

}
