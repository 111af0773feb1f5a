#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /profile: the customer's contact record, with a form for the fields
// the CRM lets them edit. POST /profile saves them.
web::HttpResponse show_profile(const Context& context, Request& request);
web::HttpResponse submit_profile(const Context& context, Request& request);

// GET /organisation: the customer's own organisation, read-only.
web::HttpResponse show_organisation(const Context& context, Request& request);

}
