#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// Self sign-up ($signup_enabled and a CRM with the sign-up extension):
// GET/POST /signup, the captcha picture GET /signup/captcha?c=…, and the
// e-mailed confirmation link GET /signup/confirm?token=….
web::HttpResponse show_signup(const Context& context, Request& request);
web::HttpResponse submit_signup(const Context& context, Request& request);
web::HttpResponse show_captcha(const Context& context, Request& request);
web::HttpResponse confirm_signup(const Context& context, Request& request);

}
