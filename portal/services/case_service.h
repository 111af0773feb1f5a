#pragma once

#include "base/result.h"
#include "portal/context.h"

namespace portal {

inline constexpr const char* k_cases_module = "HelpDesk";

// What the customer asked of the case list; list_cases() corrects anything the
// CRM would refuse (a sort field it does not show, a status it does not know).
struct CaseListQuery {
    std::string sort = "modifiedtime";
    bool descending = true;
    std::string status; // a ticketstatus value; empty: any
    std::string priority; // a ticketpriorities value; empty: any
    bool organisation = false; // the whole organisation's cases, where the CRM allows it
    std::string state; // "open" (every status but the closing ones) or "closed"; empty: any
    std::string search; // text the number, title or description contains; empty: any
    int page = 1; // one-based, as in the URL
    int page_size = 20;
};

inline constexpr int k_page_sizes[] = { 10, 20, 50, 100 }; // the CRM returns at most 100

struct CaseListPage {
    CaseListQuery query; // as applied
    bool organisation_allowed = false;
    bool can_create = false; // the CRM lets this customer open cases
    crm::RecordPage records;
    crm::ModuleDescription description; // labels of the columns and picklist values
    bool has_next = false;
};

// The customer's cases as the CRM lets them see them (the CRM enforces scope).
base::Result<CaseListPage> list_cases(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query);

// Every case the list's filters select, in the list's order, unpaged: what
// the CSV export writes. The same scope and corrections as list_cases().
struct CaseExport {
    CaseListQuery query; // as applied
    crm::ModuleDescription description;
    std::vector<crm::Record> records;
};
base::Result<CaseExport> export_cases(
    const Context& context, const Session& session, const std::string& language, CaseListQuery query);

// DescribeModule once per session, module and language: labels do not change
// while a customer is logged in.
base::Result<crm::ModuleDescription> describe(
    const Context& context, const Session& session, const std::string& language, const std::string& module);

}
