#pragma once

#include "crm-connector/crm_records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {

struct ModuleInfo {
    std::string name; // "HelpDesk"
    std::string label; // relation label, passed back as moduleLabel
    std::string ui_label; // translated module name: "Tickets"
    int order = 0;
    bool can_create = false;
    bool can_edit = false;
    bool organisation_scope = false; // recordvisibility "1"
};

// FetchModules: who the contact is and which modules the portal shows, in order.
struct PortalModules {
    Reference contact;
    std::optional<Reference> account;
    Reference default_assignee;
    std::vector<ModuleInfo> modules;

    const ModuleInfo* find(std::string_view name) const;
};

struct PicklistValue {
    std::string value;
    std::string label;
};

struct FieldDescription {
    std::string name;
    std::string label;
    std::string type; // "string", "picklist", "reference", "owner", …
    bool mandatory = false;
    bool editable = false;
    std::string default_value;
    std::string block_label;
    std::vector<PicklistValue> picklist_values;
    std::vector<std::string> refers_to;
};

// DescribeModule: the portal-visible fields in portal order.
struct ModuleDescription {
    std::string name;
    std::string label;
    std::string id_prefix;
    std::vector<std::string> label_fields;
    std::vector<FieldDescription> fields;

    const FieldDescription* field(std::string_view name) const;
};

// FetchProfile: the contact's record and its organisation's, every field
// (imagedata/imagetype carry the picture as base64).
struct Profile {
    Record contact;
    std::optional<Record> organisation;
};

// A module with a list of names: FetchShortcuts (language keys such as
// LBL_CREATE_TICKET) and FetchLabelFields (field names).
struct ModuleNames {
    std::string module;
    std::vector<std::string> names;
};

// FetchRecentRecords: one home-page widget, its records newest first
// (label, id, and for HelpDesk status, statuslabel, description).
struct RecentRecords {
    std::string module;
    std::vector<Record> records;
};

struct FieldChange {
    std::string field;
    std::string previous;
    std::string current;
};

// One change set of FetchHistory; owner and reference values are names.
struct HistoryEntry {
    RecordId record;
    std::string label;
    std::string status; // created, updated, deleted, restored, link, unlink
    std::string modified_time;
    Reference modified_by;
    std::vector<FieldChange> changes;
};

// SearchRecords: the hits of one module.
struct SearchHits {
    std::string module;
    std::string ui_label; // empty when there are no hits
    std::string label_field; // empty when there are no hits
    std::vector<LabelledRecord> hits;
};

// DownloadFile: the decoded bytes. A document that only links to a URL
// arrives empty.
struct DownloadedFile {
    std::string file_id;
    std::string filename;
    std::string content_type;
    std::string bytes;
};

// One file attached to a comment (FetchRelatedRecords of ModComments):
// download it with DownloadFile module=ModComments and this attachment_id.
struct CommentAttachment {
    std::string attachment_id;
    std::string filename;
};

// One line of a quote, invoice or other inventory record (FetchRecord's
// optional "LineItems", docs/json-api.md, Records). Amounts are the CRM's decimal
// strings; fields the CRM did not send are empty.
struct LineItem {
    std::optional<RecordId> item; // the product or service
    std::string item_module; // "Products" or "Services"; empty: not said
    std::string item_name;
    std::string quantity;
    std::string list_price;
    std::string discount_percent;
    std::string discount_amount;
    std::string net_price; // after discount, before tax
    std::string tax_percent;
    std::string tax_amount;
    std::string comment;
};

}
