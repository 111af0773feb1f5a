#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET/POST /forgot-password: asks the CRM to help with a forgotten password.
web::HttpResponse show_forgot_password(const Context& context, Request& request);
web::HttpResponse submit_forgot_password(const Context& context, Request& request);

// GET/POST /reset-password?token=…: a new password through an e-mailed
// link, for a forgotten password and for the first access (invitation).
web::HttpResponse show_reset_password(const Context& context, Request& request);
web::HttpResponse submit_reset_password(const Context& context, Request& request);

}
