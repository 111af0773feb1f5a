#pragma once

#include "reference-crm/api/operation.h"

#include <set>
#include <string>
#include <vector>

namespace refcrm::api {

// One value a customer may write, as stored: references reduced to the
// row id of an in-scope record.
struct FieldValue {
    const FieldDef* field = nullptr;
    storage::Param stored;
    std::string api_text;
};

// Parses SaveRecord's "values" JSON object. Every key must be an editable
// field of the module's fieldinfo (or one of extras) and never one of the
// fields a customer may not write (owner, portal flag, support dates, …);
// values are checked against their type (docs/json-api.md, Writes, A.8.2).
base::Result<std::vector<FieldValue>> parse_record_values(
    OperationContext& context, const PortalModule& module, const std::set<std::string_view>& extras);

// Fields no customer writes whatever the portal settings say: owners,
// times, numbers the CRM assigns, the portal flag and support dates, links
// to the contact and organisation, a document's file.
bool never_writable(const FieldDef& field);

// The column a field is stored in ("r.title" → "title").
std::string column_name(const FieldDef& field);

}
