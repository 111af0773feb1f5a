#pragma once

#include "portal/context.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

web::HttpResponse show_cases(const Context& context, web::HttpRequest& request);
web::HttpResponse show_case(const Context& context, web::HttpRequest& request);

}
