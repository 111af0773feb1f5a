#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <optional>
#include <string>
#include <vector>

namespace portal {

// One bar of a home-page chart: a picklist value in the customer's language
// and how many open cases have it.
struct ChartBar {
    std::string label;
    int count = 0;
};

// The customer's contact person at the company: the user the CRM assigned
// to the contact (or to the organisation), named when the CRM names them.
struct Representative {
    std::string name;
    bool for_organisation = false;
};

// Everything the home page shows, each part as the CRM's settings say.
struct HomePage {
    std::string announcement;
    crm::Record company; // FetchCompanyDetails: the CRM owner
    std::vector<crm::ModuleNames> shortcuts;
    std::vector<crm::RecentRecords> recent; // the widgets, in the CRM's order
    bool case_charts = false; // the cases widget is on: show the open cases by status and priority
    std::vector<ChartBar> open_by_status;
    std::vector<ChartBar> open_by_priority;
    int open_cases = 0;
    std::vector<Representative> representatives;
    int missing_parts = 0; // parts the CRM failed to give; the page says some are missing
};

// The home page's CRM calls, all in parallel; company details and shortcuts
// come from the session after the first visit.
base::Result<HomePage> home_page(const Context& context, const Session& session, const std::string& language);

}
