#pragma once

#include "portal/context.h"
#include "portal/pages/case_detail_view.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <memory>
#include <optional>

namespace portal {

web::HttpResponse show_cases(const Context& context, Request& request);
web::HttpResponse show_case(const Context& context, Request& request);

// The case page with what the customer typed into its forms kept, e.g. after
// a refused comment (status 400).
web::HttpResponse case_page(const Context& context, const Request& request, const Session& session,
    const crm::RecordId& id, const CaseForms& forms, int status);

}
