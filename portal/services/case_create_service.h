#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// The new-case form: the case fields the CRM lets this customer fill in.
struct NewCaseForm {
    crm::ModuleDescription description;
    // The records each writable reference field may point to; a field whose
    // module the CRM does not offer this customer has none.
    std::map<std::string, std::vector<crm::LabelledRecord>> choices;
    bool can_attach = false; // the CRM takes documents from this customer
    // Set when the CRM could not give the choices: the form still shows,
    // keeping what the customer chose before.
    std::optional<base::Error> crm_error;
};

// Fails with k_cannot_create when the CRM lets this customer open no case.
base::Result<NewCaseForm> new_case_form(const Context& context, const Session& session, const std::string& language);

inline constexpr std::string_view k_cannot_create = "portal.cannot_create";

struct CreatedCase {
    crm::Record record;
    std::vector<std::string> refused_files; // names of the files the CRM did not take
};

// SaveRecord of the case, then one Documents SaveRecord per file, linked to
// the new case. A file the CRM refuses does not undo the case: it is named
// in refused_files.
base::Result<CreatedCase> create_case(const Context& context, const Session& session, const std::string& language,
    const crm::FieldValues& values, std::vector<crm::Upload> files);

}
