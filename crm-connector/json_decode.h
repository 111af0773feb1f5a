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

// A k_bad_envelope error: "unexpected answer from the CRM: <text>".
base::Error unexpected(std::string_view text);
// object[name], or a null when object is not an object or has no such member.
const Json& member(const Json& object, std::string_view name);
std::string text_or(const Json& object, std::string_view name, std::string_view fallback);
// The elements of an array, or of an object with numeric keys in numeric
// order (PHP's arrays with gaps); nothing for anything else.
std::vector<const Json*> elements_in_order(const Json& list);

base::Result<Record> decode_record(const Json& object);
// A JSON array (or numbered object) of records.
base::Result<std::vector<Record>> decode_record_list(const Json& result);
base::Result<RecordPage> decode_record_page(const Json& result);
base::Result<PortalModules> decode_portal_modules(const Json& result);
base::Result<ModuleDescription> decode_module_description(const Json& result);

base::Result<Profile> decode_profile(const Json& result);
// [{"HelpDesk":["a","b"]},…]: FetchShortcuts (inside "shortcuts") and FetchLabelFields.
base::Result<std::vector<ModuleNames>> decode_module_names(const Json& list);
base::Result<std::vector<RecentRecords>> decode_recent_records(const Json& result);
base::Result<std::vector<HistoryEntry>> decode_history(const Json& result);
base::Result<std::vector<LabelledRecord>> decode_labelled_records(const Json& result);
base::Result<std::vector<SearchHits>> decode_search_hits(const Json& result);
base::Result<DownloadedFile> decode_downloaded_file(const Json& result);

}
