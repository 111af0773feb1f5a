#pragma once

#include "portal/context.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /account/password: the change-password form (and its confirmation).
web::HttpResponse show_change_password(const Context& context, web::HttpRequest& request);
// POST /account/password: current password, the new one twice.
web::HttpResponse submit_change_password(const Context& context, web::HttpRequest& request);

}
