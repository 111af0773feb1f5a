#pragma once

// Internal to crm-connector: the typed results as JSON, for `portal crm`.
// Records keep their fields in the CRM's order; resolved references stay
// {"value","label"} objects.

#include "crm-connector/crm_client.h"
#include "crm-connector/json_envelope.h"

namespace crm {

Json to_json(const Record& record);
Json to_json(const std::vector<Record>& records);
Json to_json(const RecordPage& page);
Json to_json(const PortalModules& modules);
Json to_json(const ModuleDescription& description);
Json to_json(const Profile& profile);
Json to_json(const std::vector<ModuleNames>& modules);
Json to_json(const std::vector<RecentRecords>& widgets);
Json to_json(const std::vector<HistoryEntry>& history);
Json to_json(const std::vector<LabelledRecord>& records);
Json to_json(const std::vector<SearchHits>& modules);
Json to_json(const DownloadedFile& file); // contents as base64
Json to_json(const std::vector<std::string>& names);

}
