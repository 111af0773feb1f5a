#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /cases/{id}/edit: the case's fields as a form, those the CRM marks
// editable as inputs; POST saves them (SaveRecord) after checking each by
// its type, and shows the form again with the input kept on any problem.
web::HttpResponse show_case_edit(const Context& context, Request& request);
web::HttpResponse submit_case_edit(const Context& context, Request& request);

}
