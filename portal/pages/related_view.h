#pragma once

#include "portal/services/related_records_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <initializer_list>
#include <span>
#include <string_view>

namespace portal {

// A field's value as the customer reads it: picklists by the CRM's label,
// dates the language's way, references by name (nullopt when the CRM gave
// only an id the customer could not read).
std::optional<std::string> field_display(
    const Catalog& words, const Session& session, const crm::FieldDescription& field, const crm::FieldValue& value);

// FIELD rows (and LONG_FIELD rows for text areas) for the record's fields the
// CRM shows, in the CRM's order, with the CRM's labels; `skip` names fields
// the page shows elsewhere (the title).
void add_shown_fields(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::Record& record,
    std::initializer_list<std::string_view> skip = {});

// A list's COLUMN rows (headers, the CRM's labels) for those of `fields` the
// CRM shows, and a record's CELL rows (CELL_LABEL, CELL_VALUE) for the same.
void add_columns(ViewData& table, const crm::ModuleDescription& description, std::span<const char* const> fields);
void add_cells(ViewData& row, const Catalog& words, const Session& session, const crm::ModuleDescription& description,
    const crm::Record& record, std::span<const char* const> fields);

// The HISTORY, COMMENTS and RELATED_DOCUMENTS sections.
void add_related(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const RelatedRecords& related);

}
