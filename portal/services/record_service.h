#pragma once

#include "base/result.h"
#include "portal/context.h"
#include "portal/services/record_modules.h"

#include <optional>
#include <vector>

namespace portal {

// error code of a module the CRM does not offer this customer: its pages answer 404.
inline constexpr const char* k_module_disabled = "portal.module_disabled";

struct RecordListQuery {
    bool organisation = false; // the whole organisation's records, where the CRM allows it
    // The customer chose mine or organisation; else the CRM's setting for the
    // module decides ("all": the organisation's, as FetchModules says).
    bool scope_chosen = false;
    int page = 1; // one-based, as in the URL
};

inline constexpr int k_record_page_size = 20;

struct RecordList {
    RecordListQuery query; // as applied
    bool organisation_allowed = false;
    crm::ModuleDescription description;
    std::vector<crm::Record> records;
    std::optional<std::int64_t> total_count;
    bool has_next = false;
};

// A list of related records on a detail page (project tasks, milestones, documents).
struct RelatedList {
    crm::ModuleDescription description;
    std::vector<crm::Record> records;
};

struct RecordDetail {
    crm::Record record;
    crm::ModuleDescription description;
    std::optional<std::vector<crm::LineItem>> line_items;
    std::vector<RelatedList> related; // in the CRM's tab order
    std::optional<std::vector<crm::Record>> comments; // when the CRM shows comments on this module

    // A quote or invoice the CRM sent its amounts for: line items or a grand
    // total. A stock Vtiger sends neither with its default portal fields
    // (capture 161); then no PDF is offered, since it would be blank.
    bool shares_amounts() const { return line_items.has_value() || !record.value_of("hdnGrandTotal").empty(); }
};

// The module's records the customer may see (the CRM enforces scope).
base::Result<RecordList> list_records(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, RecordListQuery query);

// One record of the module; with_related also fetches the lists the CRM
// shows beside it (tasks, milestones, documents, comments).
base::Result<RecordDetail> record_detail(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, bool with_related);

// error codes of a write the CRM does not allow on the module: the page says so (403).
inline constexpr const char* k_edit_not_allowed = "portal.edit_not_allowed";
inline constexpr const char* k_comments_not_allowed = "portal.comments_not_allowed";

// The record for its edit form; k_edit_not_allowed unless the CRM lets the
// customer edit the module and describes an editable field.
base::Result<RecordDetail> record_for_edit(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id);

// SaveRecord of checked values on a record of an editable module.
base::Result<void> update_record(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, const crm::FieldValues& values);

// AddComment on a record of a module whose page shows comments.
base::Result<void> comment_on_record(const Context& context, const Session& session, const std::string& language,
    const RecordModule& module, const crm::RecordId& id, const std::string& text);

// FetchRecord, SaveRecord and AddComment take the module from the id: without
// this check /invoices/12x4 would show a contact dressed as an invoice.
base::Result<void> check_record_of(const crm::ModuleDescription& description, const crm::RecordId& id);

// The CRM's module information when it offers the module to this customer.
base::Result<const crm::ModuleInfo*> enabled_module(const Session& session, const RecordModule& module);

}
