#pragma once

#include "base/result.h"
#include "crm-connector/crm_results.h"

#include <string>
#include <string_view>

namespace portal {

// What FetchModules said at login, as text for a shared session store: one
// record a line, fields split by tabs, with \t, \n and \\ escaped.
std::string encode_modules(const crm::PortalModules& modules);
base::Result<crm::PortalModules> decode_modules(std::string_view text);

}
