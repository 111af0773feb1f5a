#pragma once

#include "portal/services/case_detail_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <string>

namespace portal {

// What the customer typed into the case page's forms and what to tell them
// about it; all empty on a plain visit.
struct CaseForms {
    std::string comment;
    std::string comment_error; // catalog key
    std::string status_comment;
    std::string status_error; // catalog key
    std::string notice; // catalog key of a confirmation
};

// The text of one field of the case as the page shows it: picklists by the
// CRM's label, dates the language's way, references by name. nullopt for a
// reference nobody could name (a raw id means nothing to a customer).
std::optional<std::string> case_field_text(const Catalog& words, const crm::ModuleDescription& description,
    const std::map<std::string, std::string>& names, const crm::FieldDescription& field, const crm::FieldValue& value);

ViewData case_detail_view(
    const Catalog& words, const Session& session, const CaseDetail& detail, const CaseForms& forms);

// The address of a case's page, and of one of its parts.
std::string case_url(const crm::RecordId& id, std::string_view part = {});

}
