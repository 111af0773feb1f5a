#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <optional>
#include <string>
#include <vector>

namespace portal {

// What the CRM's related-module settings put under a record's fields
// (FetchRelatedModules): each part present only when the CRM enables it.
struct RelatedRecords {
    std::optional<std::vector<crm::HistoryEntry>> history;
    std::optional<std::vector<crm::Record>> comments;
    std::optional<std::vector<crm::Record>> documents;
};

struct RecordWithRelated {
    crm::Record record;
    crm::ModuleDescription description;
    RelatedRecords related;
};

// One record of `module` with its related records. An id of another module
// is refused as not found: FetchRecord takes the module from the id, so
// /documents/12x4 must not show a contact.
base::Result<RecordWithRelated> record_with_related(const Context& context, const Session& session,
    const std::string& language, const std::string& module, const crm::RecordId& id);

// The module's relation label as FetchModules gave it (moduleLabel).
std::string module_label(const Session& session, const std::string& module);

// A record id the CRM would accept for module: the id's prefix is the
// module's (DescribeModule idPrefix).
bool is_id_of(const crm::ModuleDescription& description, const crm::RecordId& id);

}
