#include "portal/routes.h"

#include "portal/handlers/case_export_handlers.h"
#include "portal/handlers/case_form_handlers.h"
#include "portal/handlers/case_handlers.h"
#include "portal/handlers/faq_handlers.h"
#include "portal/handlers/login_handlers.h"
#include "portal/handlers/pages.h"

namespace portal {

namespace {

web::Handler bind(const Context& context, web::HttpResponse (*handler)(const Context&, web::HttpRequest&))
{
    return [&context, handler](web::HttpRequest& request) { return handler(context, request); };
}

}

web::Router make_routes(const Context& context)
{
    web::Router router;
    router.add("GET", "/", bind(context, show_home));
    router.add("GET", "/login", bind(context, show_login));
    router.add("POST", "/login", bind(context, submit_login));
    router.add("POST", "/logout", bind(context, submit_logout));
    router.add("GET", "/cases", bind(context, show_cases));
    router.add("GET", "/cases/{id}", bind(context, show_case));
    router.add("GET", "/cases/new", bind(context, show_new_case));
    router.add("POST", "/cases", bind(context, submit_new_case));
    router.add("GET", "/cases/export.csv", bind(context, export_cases_csv));
    router.add("GET", "/kb", bind(context, show_knowledge_base));
    router.add("GET", "/kb/category", bind(context, show_faq_category));
    router.add("GET", "/kb/{id}", bind(context, show_faq_article));
    router.add("GET", "/language", bind(context, choose_language));
    router.set_not_found([&context](web::HttpRequest& request) { return not_found(context, request); });
    return router;
}

}
