#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

web::HttpResponse show_login(const Context& context, Request& request);
web::HttpResponse submit_login(const Context& context, Request& request);
web::HttpResponse submit_logout(const Context& context, Request& request);

}
