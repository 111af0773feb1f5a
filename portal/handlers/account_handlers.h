#pragma once

#include "portal/context.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /account/password: the change-password form (and its confirmation).
web::HttpResponse show_change_password(const Context& context, web::HttpRequest& request);
// POST /account/password: current password, the new one twice.
web::HttpResponse submit_change_password(const Context& context, web::HttpRequest& request);
// GET /account/logins: the customer's recent sign-ins (time, browser,
// address), when the CRM keeps them (FetchLoginHistory).
web::HttpResponse show_login_history(const Context& context, web::HttpRequest& request);

// Why the right password did not open the portal (support period over or
// not begun, access switched off), with the company's contact details.
web::HttpResponse login_refused_page(
    const Context& context, const web::HttpRequest& request, const crm::AccountStatus& status);

}
