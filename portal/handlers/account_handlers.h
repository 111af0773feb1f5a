#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /account/password: the change-password form (and its confirmation).
web::HttpResponse show_change_password(const Context& context, Request& request);
// POST /account/password: current password, the new one twice.
web::HttpResponse submit_change_password(const Context& context, Request& request);
// GET /account/logins: the customer's recent sign-ins (time, browser,
// address), when the CRM keeps them (FetchLoginHistory).
web::HttpResponse show_login_history(const Context& context, Request& request);

// Why the right password did not open the portal (support period over or
// not begun, access switched off), with the company's contact details.
web::HttpResponse login_refused_page(const Context& context, const Request& request, const crm::AccountStatus& status);

}
