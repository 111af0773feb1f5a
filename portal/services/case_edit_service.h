#pragma once

#include "portal/context.h"
#include "portal/forms/form.h"

#include <map>
#include <optional>
#include <string>

namespace portal {

// What the edit form shows: the description, the record when the CRM gave
// it (read-only fields, the heading), the candidates of reference fields.
struct CaseEditPage {
    crm::ModuleDescription description;
    std::optional<crm::Record> record;
    std::optional<base::Error> record_error;
    ReferenceChoices choices;
    std::map<std::string, std::string> names;
};

// The case's description, the case (or why the CRM did not give it) and the
// candidates of its reference fields, asked at once; the names its
// references show.
base::Result<CaseEditPage> case_edit_page(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

}
