#pragma once

#include "portal/services/case_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"

#include <string>

namespace portal {

// The case list's state lives in its URL (/cases?status=Open&sort=ticket_no&dir=asc&page=2),
// so a link can be shared and the back button works.
CaseListQuery parse_case_list_query(const web::HttpRequest& request);
std::string cases_url(const CaseListQuery& query);

// The view model of cases.tpl: sortable columns, filters, rows and pager.
ViewData case_list_view(const Catalog& words, const CaseListPage& list);

}
