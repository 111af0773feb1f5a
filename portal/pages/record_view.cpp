#include "portal/pages/record_view.h"
#include "portal/pages/pager.h"

#include "base/strings.h"
#include "portal/pages/record_text.h"
#include "portal/services/module_pages.h"
#include "portal/session/session_store.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

namespace {

constexpr std::size_t k_fallback_columns = 5;

// A column is worth showing in a table when it is short and means something
// to a customer (an owner's id does not).
bool is_column(const crm::FieldDescription& field)
{
    return field.type != "text" && field.type != "owner" && field.type != "file" && field.type != "image";
}

std::string cell_text(const Catalog& words, const Session& session, const crm::ModuleDescription& description,
    const crm::FieldDescription& field, const crm::Record& record)
{
    const crm::FieldValue* value = record.field(field.name);
    std::optional<std::string> text
        = value ? display_text(words, session, description, field, *value) : std::optional<std::string>();
    return text && !text->empty() ? *text : "\u2014";
}

void add_cell(ViewData& row, const std::string& label, const std::string& text, const std::string& url, bool amount)
{
    auto& cell = row.add_row("CELL");
    cell.set("CELL_LABEL", label);
    cell.set("CELL_VALUE", text);
    if (amount)
        cell.show("AMOUNT");
    if (url.empty())
        cell.show("PLAIN");
    else
        cell.add_row("LINK").set("URL", url);
}

}

bool is_amount(const crm::FieldDescription& field) { return field.type == "currency" || field.type == "double"; }

std::vector<const crm::FieldDescription*> table_columns(
    const crm::ModuleDescription& description, std::span<const std::string_view> preferred)
{
    std::vector<const crm::FieldDescription*> columns;
    for (auto name : preferred) {
        if (const auto* field = description.field(name))
            columns.push_back(field);
    }
    if (!columns.empty())
        return columns;
    for (const auto& field : description.fields) {
        if (columns.size() >= k_fallback_columns)
            break;
        if (is_column(field))
            columns.push_back(&field);
    }
    return columns;
}

void add_record_table(ViewData& table, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, std::span<const crm::FieldDescription* const> columns,
    const std::vector<crm::Record>& records, const std::function<std::string(const crm::Record&)>& url_of)
{
    // Each cell's text once; a column the CRM leaves empty on every row (a
    // reference it sends without a name, a field it does not share) says
    // nothing and is left out. The first column holds the link and stays.
    std::vector<std::vector<std::string>> texts;
    for (const auto& record : records) {
        auto& row = texts.emplace_back();
        for (const auto* column : columns)
            row.push_back(cell_text(words, session, description, *column, record));
    }
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        bool filled = i == 0 || std::any_of(texts.begin(), texts.end(), [i](const std::vector<std::string>& row) {
            return !row[i].empty() && row[i] != "\u2014";
        });
        if (filled)
            shown.push_back(i);
    }
    for (std::size_t i : shown) {
        auto& header = table.add_row("COLUMN");
        header.set("COLUMN_LABEL", columns[i]->label.empty() ? columns[i]->name : columns[i]->label);
        if (is_amount(*columns[i]))
            header.show("AMOUNT");
    }
    for (std::size_t r = 0; r < records.size(); ++r) {
        auto& row = table.add_row("ROW");
        for (std::size_t i : shown)
            add_cell(row, columns[i]->label, texts[r][i], i == 0 ? url_of(records[r]) : "", is_amount(*columns[i]));
    }
}

void add_record_fields(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::Record& record,
    const std::function<bool(const crm::FieldDescription&)>& skip)
{
    for (const auto& field : description.fields) {
        const crm::FieldValue* value = record.field(field.name);
        if (!value || skip(field))
            continue;
        std::optional<std::string> text = display_text(words, session, description, field, *value);
        bool long_text = field.type == "text";
        // An empty text box says nothing; an empty short field shows a dash.
        if (!text || (long_text && text->empty()))
            continue;
        auto& row = data.add_row(long_text ? "LONG_FIELD" : "FIELD");
        row.set("FIELD_LABEL", field.label.empty() ? field.name : field.label);
        row.set("FIELD_VALUE", text->empty() ? "\u2014" : *text);
        if (is_amount(field))
            row.show("AMOUNT");
    }
}

std::string record_title(const crm::ModuleDescription& description, const crm::Record& record)
{
    std::vector<std::string> parts;
    for (const auto& name : description.label_fields) {
        std::string text = field_text(record, base::trim(name));
        if (!text.empty())
            parts.push_back(std::move(text));
    }
    std::string title = base::join(parts, " ");
    return title.empty() ? record.id.to_string() : title;
}

std::string record_url(const Session& session, std::string_view module, const crm::RecordId& id)
{
    if (!session.modules().find(module))
        return {};
    const RecordModule* pages = record_module_of(module);
    // Documents, colleagues and the like have pages of their own (module_pages).
    return pages ? std::string(pages->path) + "/" + id.to_string() : portal::record_url(module, id);
}

ViewData record_list_view(
    const Catalog& words, const Session& session, const RecordModule& module, const RecordList& list)
{
    ViewData data;
    std::string label = list.description.label.empty() ? std::string(module.module) : list.description.label;
    data.set("MODULE_LABEL", label);
    data.set("PAGE_TITLE", label);
    data.set("LIST_URL", std::string(module.path));
    auto columns = table_columns(list.description, module.list_fields);
    if (!list.records.empty()) {
        add_record_table(data.add_row("RECORDS"), words, session, list.description, columns, list.records,
            [&](const crm::Record& record) { return std::string(module.path) + "/" + record.id.to_string(); });
    } else {
        data.show(list.query.page > 1 ? "PAGE_EMPTY" : "NO_RECORDS");
    }
    if (list.total_count) {
        data.set("RECORD_COUNT",
            words.format(*list.total_count == 1 ? "LBL_RECORD_COUNT_ONE" : "LBL_RECORD_COUNT",
                { { "count", std::to_string(*list.total_count) } }));
    }
    if (list.organisation_allowed) {
        auto& choice = data.add_row("SCOPE_CHOICE");
        choice.show(list.query.organisation ? "SCOPE_ORGANISATION" : "SCOPE_MINE");
    }
    std::string scope = !list.organisation_allowed ? ""
        : list.query.organisation                  ? "&scope=organisation"
                                                   : "&scope=mine";
    add_pager(data, list.query.page, list.has_next,
        [&](int page) { return std::string(module.path) + "?page=" + std::to_string(page) + scope; });
    return data;
}

}
