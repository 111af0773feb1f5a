#pragma once

#include "crm-connector/crm_records.h"
#include "crm-connector/crm_results.h"
#include "portal/views/catalog.h"

#include <span>
#include <string_view>

namespace portal {

// A field the portal shows from FetchProfile when the CRM's portal fields
// lack it: its name and the catalog key of its label.
struct ProfileField {
    std::string_view name;
    std::string_view type; // "string", "email", "phone", "url", "text"
    std::string_view word; // catalog key of the label
    bool writable_on_vtiger = false; // a stock Vtiger's SaveRecord takes it for the own contact
};

std::span<const ProfileField> contact_fields();
std::span<const ProfileField> organisation_fields();

// The description to show the record with: the profile fields the record
// holds a value for, in the profile's order (with the CRM's label where it
// describes the field), then the CRM's other described fields. Only for
// display: what is editable still comes from the CRM's description.
crm::ModuleDescription with_profile_fields(const Catalog& words, const crm::ModuleDescription& description,
    const crm::Record& record, std::span<const ProfileField> fields);

}
