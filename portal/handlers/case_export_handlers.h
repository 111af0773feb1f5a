#pragma once

#include "portal/context.h"
#include "portal/request.h"
#include "web/http_request.h"
#include "web/http_response.h"

namespace portal {

// GET /cases/export.csv?<the list's query>: every case the list's filters
// select, as a CSV file to download.
web::HttpResponse export_cases_csv(const Context& context, Request& request);

}
