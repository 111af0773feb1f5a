#include "portal/handlers/home_handlers.h"

#include "portal/handlers/home_view.h"
#include "portal/handlers/pages.h"
#include "portal/services/home_service.h"

namespace portal {

web::HttpResponse show_home(const Context& context, web::HttpRequest& request)
{
    auto session = current_session(context, request);
    if (!session)
        return web::HttpResponse::redirect("/login");
    std::string language = language_of(context, request);
    auto home = home_page(context, *session, language);
    if (!home.ok())
        return crm_failure(context, request, session.get(), home.error());
    ViewData data = home_view(context.views.current()->catalog(language), *session, *home);
    return page(context, request, session.get(), 200, "home", "LBL_HOME", std::move(data));
}

}
