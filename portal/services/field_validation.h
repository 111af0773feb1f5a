#pragma once

#include "crm-connector/crm_results.h"

#include <optional>
#include <string>

namespace portal {

// What is wrong with a value typed for a CRM field, judged by the field's
// type as DescribeModule gives it: a catalog key (ERR_FIELD_…), or nullopt
// when the CRM can take the value. Empty values pass unless the field is
// mandatory.
std::optional<std::string> field_problem(const crm::FieldDescription& field, const std::string& value);

// The value as the CRM stores it: trimmed; a checkbox as "1" or "0".
std::string normalised_value(const crm::FieldDescription& field, std::string_view typed);

}
