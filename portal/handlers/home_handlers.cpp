#include "portal/handlers/home_handlers.h"

#include "portal/handlers/pages.h"
#include "portal/pages/home_view.h"
#include "portal/services/home_service.h"

namespace portal {

web::HttpResponse show_home(const Context& context, Request& request)
{
    auto home = home_page(context, *request.session, request.language);
    if (!home.ok())
        return crm_failure(context, request, home.error());
    ViewData data = home_view(request.words(), *request.session, *home);
    return page(context, request, 200, "home", "LBL_HOME", std::move(data));
}

}
