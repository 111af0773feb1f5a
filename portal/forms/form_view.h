#pragma once

#include "portal/forms/form.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <vector>

namespace portal {

// The fields of a form for the template form_fields.tpl, which every form
// page includes as {{>FORM_FIELDS}}: one FORM_FIELD row per field with
// FIELD_ID ("field-<name>"), FIELD_NAME, FIELD_LABEL, sections REQUIRED and
// FIELD_ERROR (ERROR_TEXT, tied to the control by aria-describedby), and one
// of READ_ONLY (FIELD_VALUE), INPUT (INPUT_TYPE, FIELD_VALUE, MAX_LENGTH),
// TEXTAREA (FIELD_VALUE, MAX_LENGTH), SELECT (OPTION rows, MULTIPLE) or
// CHECKBOX (CHECKED); each control has its own REQUIRED and INVALID sections.
void add_form_fields(ViewData& data, const Catalog& words, const std::vector<FormField>& fields,
    const FormValues& values, const std::vector<FormProblem>& problems);

// The problems that concern no single field, as FORM_ERROR rows (ERROR_TEXT).
void add_form_errors(ViewData& data, const Catalog& words, const std::vector<FormProblem>& problems);

// True when a problem concerns one of the form's fields.
bool has_field_problems(const std::vector<FormProblem>& problems);

}
