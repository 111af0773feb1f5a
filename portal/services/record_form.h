#pragma once

#include "crm-connector/crm_client.h"

#include <map>
#include <string>
#include <vector>

namespace portal {

// A field the customer may change in the portal: editable in DescribeModule
// and of a kind a form can take (references and owners are not typed in).
bool is_form_field(const crm::FieldDescription& field);

// What is wrong with one submitted value: a catalog key and its {values}.
struct FieldProblem {
    std::string field;
    std::string key;
    std::map<std::string, std::string> values;
};

// Checks the values of a record form against the CRM's description before
// anything is sent: mandatory fields, lengths, dates, picklist choices,
// control characters.
std::vector<FieldProblem> check_record_form(const crm::ModuleDescription& description, const crm::FieldValues& values);

}
