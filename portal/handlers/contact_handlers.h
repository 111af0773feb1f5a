#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /contacts: the colleagues of the customer's organisation.
web::HttpResponse show_contacts(const Context& context, Request& request);
// GET /contacts/{id}: one colleague, with the fields the CRM shows.
web::HttpResponse show_contact(const Context& context, Request& request);

}
