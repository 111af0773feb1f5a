#pragma once

#include "crm-connector/crm_client.h"

#include <ostream>

namespace portal {

// One line per page: works, degrades (and how), fails (and why), or not
// offered by the CRM. Answers 1 when a page fails.
int check_pages(
    crm::CrmClient& crm, const crm::Credentials& credentials, const crm::PortalModules& modules, std::ostream& out);

}
