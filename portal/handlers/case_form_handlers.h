#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /cases/new: the new-case form, built from the CRM's description of cases.
web::HttpResponse show_new_case(const Context& context, Request& request);

// POST /cases: creates the case and its attachments, then shows the new case;
// on any problem the form again, with what the customer typed and the reason.
web::HttpResponse submit_new_case(const Context& context, Request& request);

}
