#pragma once

#include "crm-connector/crm_client.h"

#include <string>
#include <string_view>

namespace portal {

// A field of a CRM record as text for a page, HTML entities decoded (the
// templates escape it again on output).
std::string field_text(const crm::Record& record, std::string_view name);

// A picklist value in the customer's language: the CRM's translated label.
std::string picklist_text(const crm::ModuleDescription& description, std::string_view field, const std::string& value);

}
