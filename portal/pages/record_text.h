#pragma once

#include "crm-connector/crm_client.h"

#include <optional>
#include <string>
#include <string_view>

namespace portal {

class Catalog;
class Session;

// A field of a CRM record as text for a page, HTML entities decoded (the
// templates escape it again on output).
std::string field_text(const crm::Record& record, std::string_view name);

// A picklist value in the customer's language: the CRM's translated label.
std::string picklist_text(const crm::ModuleDescription& description, std::string_view field, const std::string& value);

// A reference the CRM did not resolve is shown by a name the session knows
// (the customer, their organisation, the default assignee); other raw ids such
// as "19x5" mean nothing to a customer: nullopt.
std::optional<std::string> reference_text(const Session& session, const crm::FieldValue& value);

// A field's value as the customer reads it: dates and amounts written the
// language's way, picklist values by their label, references by name, yes/no.
// nullopt: a reference the customer cannot be shown.
std::optional<std::string> display_text(const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::FieldDescription& field, const crm::FieldValue& value);

// A quantity: no decimals when it is whole ("3.000" → "3"), else two.
std::string quantity_text(const Catalog& words, std::string_view quantity);

}
