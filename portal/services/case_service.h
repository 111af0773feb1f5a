#pragma once

#include "base/result.h"
#include "portal/context.h"

namespace portal {

inline constexpr const char* k_cases_module = "HelpDesk";

struct CaseListPage {
    crm::RecordPage records;
    crm::ModuleDescription description; // labels of the columns and picklist values
    int page = 1; // one-based, as in the URL
    int page_size = 20;
    bool has_next = false;
};

struct CaseDetail {
    crm::Record record;
    crm::ModuleDescription description;
};

// The customer's cases as the CRM lets them see them (the CRM enforces scope).
base::Result<CaseListPage> list_cases(
    const Context& context, const Session& session, const std::string& language, int page);
base::Result<CaseDetail> case_detail(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

// DescribeModule once per session, module and language: labels do not change
// while a customer is logged in.
base::Result<crm::ModuleDescription> describe(
    const Context& context, const Session& session, const std::string& language, const std::string& module);

}
