#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// Everything the case page shows. The CRM's settings decide which sections
// exist (FetchRelatedModules: History, ModComments, Documents).
struct CaseDetail {
    crm::Record record;
    crm::ModuleDescription description;
    std::vector<std::string> related_modules;
    std::vector<crm::Record> comments; // oldest first, as a thread reads
    std::vector<crm::Record> documents;
    std::vector<crm::HistoryEntry> history; // newest first
    std::map<std::string, std::string> names; // "14x3" -> "Router X200": references, owners, authors
    std::vector<std::string> unavailable; // sections the CRM allowed but did not deliver
    bool can_edit = false; // the CRM lets customers edit cases (editrecord)

    bool shows(std::string_view related_module) const;
};

// The case page's data: the description and related modules from the
// session's cache, then the record, comments, documents and history in
// parallel, then names for the raw ids left.
base::Result<CaseDetail> case_detail(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

// The case record alone, refused unless the id is a case (FetchRecord takes
// the module from the id: /cases/12x4 would show a contact dressed as a case).
base::Result<crm::Record> fetch_case(const Context& context, const Session& session, const std::string& language,
    const crm::ModuleDescription& description, const crm::RecordId& id);

// The CRM returns at most 100 rows a call (docs/json-api.md, Lists).
inline constexpr int k_most_listed = 100;

// FetchRelatedRecords of a case: its comments, documents, … one page of the
// most rows the CRM gives.
crm::RelatedQuery case_related_query(const crm::RecordId& id, const std::string& related_module, int page = 0);

// True when the id names a case (HelpDesk's id prefix), never "<prefix>x0".
bool is_case_id(const crm::ModuleDescription& description, const crm::RecordId& id);

// The error of a case id that names no case: shown as "not found".
base::Error not_a_case(const crm::RecordId& id);

// The errors a page survives by leaving one section out: the CRM answered
// and refused. A CRM that is away or slow fails the whole page.
bool is_refusal(const base::Error& error);

}
