#pragma once

#include "portal/services/case_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"

#include <string>
#include <string_view>

namespace portal {

// The case list's state lives in its URL (/cases?state=open&q=printer&sort=ticket_no&dir=asc&page=2),
// so a link can be shared and the back button works. The CSV export takes
// the same query at its own path.
CaseListQuery parse_case_list_query(const web::HttpRequest& request);
std::string cases_url(const CaseListQuery& query, std::string_view path = "/cases");

// The view model of cases.tpl: sortable columns, filters, rows and pager.
ViewData case_list_view(const Catalog& words, const CaseListPage& list);

// The exported cases as CSV: the list's columns, headed by their labels in the
// customer's language, picklist values by their labels, dates as the CRM
// writes them (2026-11-20 10:04:31, which spreadsheets read as dates).
std::string cases_csv(const Catalog& words, const CaseExport& cases);

}
