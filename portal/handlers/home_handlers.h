#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /: the home page when logged in, the sign-in page otherwise.
web::HttpResponse show_home(const Context& context, Request& request);

}
