#pragma once

#include "crm-connector/crm_client.h"
#include "portal/views/view_data.h"
#include "web/http_response.h"

#include <string>
#include <string_view>

namespace portal {

// Only http and https addresses are offered as links to a document's
// location: never javascript: or data:.
bool is_web_address(std::string_view text);

// The DOWNLOAD section for a document with a file of its own, or the
// EXTERNAL_LINK section for one that points to a web address.
void add_download_link(ViewData& data, const crm::Record& document, const std::string& download_url);

}
