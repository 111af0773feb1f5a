#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /search?q=: the CRM's SearchRecords over every module the portal
// shows, grouped by module; hits of modules with a portal page are links.
web::HttpResponse show_search(const Context& context, Request& request);

}
