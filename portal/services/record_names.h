#pragma once

#include "portal/context.h"

#include <map>
#include <string>
#include <vector>

namespace portal {

// What a page needs named: the references and owners of a record and the
// authors of its comments.
struct NamesWanted {
    const crm::ModuleDescription& description;
    const crm::Record& record;
    const std::vector<crm::Record>& comments;
    const std::vector<crm::HistoryEntry>& history;
};

// Names for raw ids ("19x1", "14x3"), with as few CRM calls as possible:
// labels the CRM sent ({value,label}), the session's own names (customer,
// organisation, default assignee, names met before), the names the history
// already resolved, and one FetchReferenceRecords per referenced module for
// the rest. An id that stays unknown is simply absent (names are a help, so
// a failed lookup is logged, not fatal).
std::map<std::string, std::string> resolve_names(
    const Context& context, const Session& session, const crm::Credentials& credentials, const NamesWanted& wanted);

}
