#pragma once

#include "portal/services/record_service.h"
#include "portal/views/catalog.h"
#include "portal/views/view_data.h"

#include <functional>

namespace portal {

bool is_amount(const crm::FieldDescription& field);

// The columns of a table of records: the preferred fields the CRM describes,
// else its first few short fields.
std::vector<const crm::FieldDescription*> table_columns(
    const crm::ModuleDescription& description, std::span<const std::string_view> preferred);

// COLUMN rows (COLUMN_LABEL, section AMOUNT) and ROW rows of CELL rows
// (CELL_LABEL, CELL_VALUE, sections AMOUNT, LINK with URL, PLAIN); the
// first cell links to url_of(record) when that is not empty.
void add_record_table(ViewData& table, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, std::span<const crm::FieldDescription* const> columns,
    const std::vector<crm::Record>& records, const std::function<std::string(const crm::Record&)>& url_of);

// FIELD rows (short values) and LONG_FIELD rows (text boxes) of every field
// the CRM describes and sent, but those `skip` names.
void add_record_fields(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::Record& record,
    const std::function<bool(const crm::FieldDescription&)>& skip);

// The record's name: its label fields (DescribeModule labelFields), else its number.
std::string record_title(const crm::ModuleDescription& description, const crm::Record& record);

// The detail page's URL of a record, or of a line's product or service, when
// the portal shows that module to this customer; empty otherwise.
std::string record_url(const Session& session, std::string_view module, const crm::RecordId& id);

// The cells of a line: item, quantity, unit price, discount, net price, tax.
std::vector<std::string> line_item_texts(const Catalog& words, const crm::LineItem& item);

// The amounts of a record with line items (sub total, tax, total …) with
// the CRM's labels, in the CRM's order.
std::vector<std::pair<std::string, std::string>> record_totals(
    const Catalog& words, const Session& session, const RecordDetail& detail);

// records.tpl: the list with its columns, scope choice and pager.
ViewData record_list_view(
    const Catalog& words, const Session& session, const RecordModule& module, const RecordList& list);

// record.tpl: fields, line items, totals, related lists and comments.
ViewData record_detail_view(
    const Catalog& words, const Session& session, const RecordModule& module, const RecordDetail& detail);

}
