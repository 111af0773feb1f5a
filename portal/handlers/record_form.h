#pragma once

#include "crm-connector/crm_client.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace portal {

// A form built from a module's description (DescribeModule): one row per
// portal-visible field, the fields the CRM marks editable as inputs by type,
// the others shown as text. Form fields are named "f_<field name>".

// The values a reference field may take: the CRM's candidates
// (FetchReferenceRecords), id -> name.
using ReferenceChoices = std::map<std::string, std::vector<crm::LabelledRecord>>;

// True when the portal offers an input for the field: editable, and of a type
// the form knows. Owners, files and the like stay read-only.
bool is_form_editable(const crm::FieldDescription& field);

// What the customer typed for every form-editable field (absent fields as "").
crm::FieldValues typed_values(const crm::ModuleDescription& description, const web::HttpRequest& request);

// Field name -> the catalog text saying what is wrong, for every typed value
// that the CRM would refuse or should not get: required and empty, too long,
// not one of the offered choices, not a number, date, e-mail or web address.
std::map<std::string, std::string> field_problems(const Catalog& words, const crm::ModuleDescription& description,
    const crm::FieldValues& values, const ReferenceChoices& choices);

// FORM_FIELD rows for the template (see Help.txt, case_edit.tpl). `shown`
// gives the text of a read-only field; `values` holds the form's values.
struct FormState {
    const crm::FieldValues& values;
    const std::map<std::string, std::string>& problems;
    const ReferenceChoices& choices;
};
void add_form_fields(ViewData& data, const Catalog& words, const crm::ModuleDescription& description,
    const FormState& state, const std::function<std::string(const crm::FieldDescription&)>& shown);

std::string value_in(const crm::FieldValues& values, std::string_view name);

}
