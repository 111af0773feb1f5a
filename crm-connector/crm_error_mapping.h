#pragma once

#include <string_view>

namespace crm {

// Sorts an error the CRM answered into one of the codes of crm_error.h.
// code is the CRM's error.code as text (a number such as "1412", or a
// web-service code such as "ACCESS_DENIED"); message is error.message.
// Vtiger reuses 1412 for nearly everything, so the message decides.
std::string_view classify_crm_error(std::string_view code, std::string_view message);

}
