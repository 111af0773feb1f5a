#include "portal/handlers/case_export_handlers.h"

#include "portal/handlers/pages.h"
#include "portal/pages/case_list_view.h"
#include "portal/services/case_service.h"
#include "web/download.h"

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

web::HttpResponse export_cases_csv(const Context& context, Request& request)
{
    std::string language = request.language;
    auto cases = export_cases(context, *request.session, language, parse_case_list_query(request));
    if (!cases.ok())
        return crm_failure(context, request, cases.error());
    auto renderer = request.renderer;
    return web::file_response(
        cases_csv(renderer->catalog(language), *cases), export_file_name(), "text/csv; charset=utf-8");
}

}
