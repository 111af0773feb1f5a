#pragma once

// Internal to crm-connector: turns the `result` of each operation into the
// typed values of crm_client.h. Error messages here do not name the
// operation; the client adds it.

#include "crm-connector/crm_client.h"
#include "crm-connector/json_envelope.h"

namespace crm {

// A scalar as text: strings as they are, null as "", numbers as written,
// booleans as "1"/"0" (the CRM's own checkbox values); anything else as JSON.
std::string text_of(const Json& value);

// A field value: a plain scalar, or a resolved reference {"value","label"}.
FieldValue field_value_from_json(const Json& value);

base::Result<Record> decode_record(const Json& object);
base::Result<RecordPage> decode_record_page(const Json& result);
base::Result<PortalModules> decode_portal_modules(const Json& result);
base::Result<ModuleDescription> decode_module_description(const Json& result);

}
