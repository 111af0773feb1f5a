#pragma once

#include "crm-connector/crm_client.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"
#include "web/http_request.h"

#include <map>
#include <string>
#include <vector>

namespace portal {

// A create or edit form built from the CRM's DescribeModule: the fields the
// CRM lets the customer write, in the CRM's order, each checked here by its
// type before anything goes to the CRM (which checks again).

struct FormField {
    crm::FieldDescription description;
    // Reference fields: the records the customer may choose (FetchReferenceRecords).
    std::vector<crm::LabelledRecord> candidates;
    // False when the CRM could not say: any record id is taken then (the CRM
    // checks its scope on save) and the earlier choice is kept.
    bool candidates_known = true;
};

// Reference field name → the records it may point to.
using ReferenceChoices = std::map<std::string, std::vector<crm::LabelledRecord>>;

// What the customer typed, by field name; multi-select values joined by " |##| ".
using FormValues = std::map<std::string, std::string>;

// The values of a multi-select field, which the CRM joins with " |##| ".
std::vector<std::string> multi_values(const std::string& value);

// What is wrong with one field (empty field: the whole form), as a catalog
// key and the {words} it takes.
struct FormProblem {
    std::string field;
    std::string word;
    std::map<std::string, std::string> words;
};

// The described fields a form can offer for writing: editable, of a type a
// browser can fill. A reference field shows only with choices, unless the
// choices are not known (choices_known false).
std::vector<FormField> writable_fields(
    const crm::ModuleDescription& description, const ReferenceChoices& choices, bool choices_known);

// The CRM's defaults, for a new record.
FormValues default_values(const std::vector<FormField>& fields);

// The posted values of the form's fields, nothing else; text trimmed.
FormValues posted_values(const std::vector<FormField>& fields, const web::HttpRequest& request);

// Every problem of every field at once, so the customer fixes all in one go.
std::vector<FormProblem> check_values(const std::vector<FormField>& fields, const FormValues& values);

// The values to send to the CRM: the filled ones, numbers with a decimal point.
crm::FieldValues values_to_save(const std::vector<FormField>& fields, const FormValues& values);

// FORM_FIELD rows for record_form.tpl's fields: FIELD_ID, FIELD_NAME,
// FIELD_LABEL, sections REQUIRED and FIELD_ERROR (ERROR_TEXT), and one of
// INPUT (INPUT_TYPE, FIELD_VALUE, MAX_LENGTH), TEXTAREA (FIELD_VALUE),
// SELECT (OPTION rows, MULTIPLE) or CHECKBOX (CHECKED); each control has its
// own REQUIRED and INVALID sections for its attributes.
void add_form_fields(ViewData& data, const Catalog& words, const std::vector<FormField>& fields,
    const FormValues& values, const std::vector<FormProblem>& problems);

// The problems that concern no single field, as FORM_ERROR rows (ERROR_TEXT).
void add_form_errors(ViewData& data, const Catalog& words, const std::vector<FormProblem>& problems);

}
