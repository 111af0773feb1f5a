#include "portal/pages/case_list_view.h"
#include "portal/pages/pager.h"

#include "base/csv.h"
#include "base/strings.h"
#include "portal/pages/record_text.h"
#include "portal/views/text.h"

#include <vector>

namespace portal {

namespace {

constexpr int k_max_page = 100000;

struct StateChoice {
    const char* value;
    const char* word;
};

constexpr StateChoice k_states[] = {
    { "", "LBL_STATE_ANY" },
    { "open", "LBL_STATE_OPEN" },
    { "closed", "LBL_STATE_CLOSED" },
};

struct Column {
    const char* field;
    const char* word; // catalog key, used when the CRM gives no label
};

constexpr Column k_columns[] = {
    { "ticket_no", "LBL_CASE_NUMBER" },
    { "ticket_title", "LBL_CASE_TITLE" },
    { "ticketstatus", "LBL_CASE_STATUS" },
    { "ticketpriorities", "LBL_CASE_PRIORITY" },
    { "modifiedtime", "LBL_CASE_MODIFIED" },
};

// The columns the CRM fills: a field it does not list among its portal
// fields never arrives (a stock Vtiger shares no case number or update time
// by default), and an empty column says nothing. The title always shows.
std::vector<Column> shown_columns(const crm::ModuleDescription& description)
{
    std::vector<Column> shown;
    for (const auto& column : k_columns) {
        if (description.field(column.field) || column.field == std::string_view("ticket_title"))
            shown.push_back(column);
    }
    return shown;
}

std::string column_label(const Catalog& words, const crm::ModuleDescription& description, const Column& column)
{
    const auto* field = description.field(column.field);
    return field && !field->label.empty() ? decode_html_entities(field->label) : words.text(column.word);
}

void add_columns(ViewData& data, const Catalog& words, const CaseListPage& list)
{
    for (const auto& column : shown_columns(list.description)) {
        auto& header = data.add_row("COLUMN");
        header.set("COLUMN_LABEL", column_label(words, list.description, column));
        CaseListQuery sorted = list.query;
        bool current = list.query.sort == column.field;
        sorted.sort = column.field;
        sorted.descending = current ? !list.query.descending : column.field == std::string_view("modifiedtime");
        sorted.page = 1;
        header.set("SORT_URL", cases_url(sorted));
        if (current)
            header.add_row("SORTED").set("ARIA_SORT", list.query.descending ? "descending" : "ascending");
    }
}

void add_options(ViewData& data, const std::string& section, const crm::ModuleDescription& description,
    std::string_view field, const std::string& selected)
{
    const auto* described = description.field(field);
    if (!described)
        return;
    for (const auto& choice : described->picklist_values) {
        auto& option = data.add_row(section);
        option.set("OPTION_VALUE", choice.value);
        option.set("OPTION_LABEL", decode_html_entities(choice.label.empty() ? choice.value : choice.label));
        if (choice.value == selected)
            option.show("SELECTED");
    }
}

void add_filters(ViewData& data, const Catalog& words, const CaseListPage& list)
{
    for (const auto& state : k_states) {
        auto& option = data.add_row("STATE_OPTION");
        option.set("OPTION_VALUE", state.value);
        option.set("OPTION_LABEL", words.text(state.word));
        if (list.query.state == state.value)
            option.show("SELECTED");
    }
    data.set("SEARCH_TEXT", list.query.search);
    add_options(data, "STATUS_OPTION", list.description, "ticketstatus", list.query.status);
    add_options(data, "PRIORITY_OPTION", list.description, "ticketpriorities", list.query.priority);
    for (int size : k_page_sizes) {
        auto& option = data.add_row("SIZE_OPTION");
        option.set("OPTION_VALUE", std::to_string(size));
        if (size == list.query.page_size)
            option.show("SELECTED");
    }
    if (list.organisation_allowed)
        data.add_row("SCOPE_CHOICE").show(list.query.organisation ? "SCOPE_ORGANISATION" : "SCOPE_MINE");
    data.set("SORT_FIELD", list.query.sort);
    data.set("SORT_DIRECTION", list.query.descending ? "desc" : "asc");
}

std::string cell_text(
    const Catalog& words, const crm::ModuleDescription& description, const crm::Record& record, std::string_view field)
{
    std::string text = field_text(record, field);
    if (field == "modifiedtime")
        return format_date(words, text);
    if (field == "ticketstatus" || field == "ticketpriorities")
        return picklist_text(description, field, text);
    return text;
}

void add_row(ViewData& data, const Catalog& words, const crm::ModuleDescription& description,
    const std::vector<Column>& columns, const crm::Record& record)
{
    auto& row = data.add_row("CASE_ROW");
    row.set("CASE_URL", "/cases/" + record.id.to_string());
    for (const auto& column : columns) {
        auto& cell = row.add_row("CELL");
        std::string_view field = column.field;
        cell.set("CELL_CLASS",
            field == "ticket_no"              ? "case-number"
                : field == "ticket_title"     ? "case-title"
                : field == "ticketstatus"     ? "case-status"
                : field == "ticketpriorities" ? "case-priority"
                                              : "case-modified");
        cell.set("CELL_LABEL", column_label(words, description, column));
        cell.set("CELL_TEXT", cell_text(words, description, record, field));
        cell.show(field == "ticket_title" ? "LINK" : "PLAIN");
    }
}

}

CaseListQuery parse_case_list_query(const web::HttpRequest& request)
{
    CaseListQuery query;
    // Anything odd in a hand-edited URL falls back to the default, as a bad
    // sort field or status does in list_cases().
    auto page = base::parse_int(request.query_param("page").value_or("1"));
    auto size = base::parse_int(request.query_param("size").value_or("20"));
    query.page = page && *page >= 1 && *page <= k_max_page ? static_cast<int>(*page) : 1;
    query.page_size = size && *size > 0 && *size <= 100 ? static_cast<int>(*size) : query.page_size;
    query.sort = request.query_param("sort").value_or(query.sort);
    query.descending = request.query_param("dir").value_or("desc") != "asc";
    query.status = request.query_param("status").value_or("");
    query.priority = request.query_param("priority").value_or("");
    query.organisation = request.query_param("scope").value_or("") == "organisation";
    query.state = request.query_param("state").value_or("");
    query.search = request.query_param("q").value_or("");
    return query;
}

std::string cases_url(const CaseListQuery& query, std::string_view path)
{
    CaseListQuery defaults;
    std::vector<std::string> parts;
    auto add = [&parts](const char* name, const std::string& value) {
        parts.push_back(std::string(name) + "=" + base::url_encode(value));
    };
    if (query.organisation)
        add("scope", "organisation");
    if (!query.status.empty())
        add("status", query.status);
    if (!query.priority.empty())
        add("priority", query.priority);
    if (!query.state.empty())
        add("state", query.state);
    if (!query.search.empty())
        add("q", query.search);
    if (query.sort != defaults.sort || query.descending != defaults.descending) {
        add("sort", query.sort);
        add("dir", query.descending ? "desc" : "asc");
    }
    if (query.page_size != defaults.page_size)
        add("size", std::to_string(query.page_size));
    if (query.page != 1)
        add("page", std::to_string(query.page));
    return parts.empty() ? std::string(path) : std::string(path) + "?" + base::join(parts, "&");
}

ViewData case_list_view(const Catalog& words, const CaseListPage& list)
{
    ViewData data;
    add_columns(data, words, list);
    add_filters(data, words, list);
    std::vector<Column> columns = shown_columns(list.description);
    for (const auto& record : list.records.records)
        add_row(data, words, list.description, columns, record);
    if (list.records.records.empty()) {
        bool filtered = !list.query.status.empty() || !list.query.priority.empty() || !list.query.state.empty()
            || !list.query.search.empty();
        data.show(list.query.page > 1 ? "PAGE_EMPTY" : filtered ? "NO_MATCHING_CASES" : "NO_CASES");
    }
    add_pager(data, list.query.page, list.has_next, [&list](int page) {
        CaseListQuery other = list.query;
        other.page = page;
        return cases_url(other);
    });
    CaseListQuery whole_list = list.query;
    whole_list.page = 1;
    data.set("EXPORT_URL", cases_url(whole_list, "/cases/export.csv"));
    if (list.can_create)
        data.show("NEW_CASE");
    if (columns.size() < std::size(k_columns))
        data.show("FIELDS_NOT_SHARED");
    if (list.records.total_count) {
        std::int64_t count = *list.records.total_count;
        data.set("CASE_COUNT",
            words.format(count == 1 ? "LBL_CASE_COUNT_ONE" : "LBL_CASE_COUNT", { { "count", std::to_string(count) } }));
    }
    return data;
}

std::string cases_csv(const Catalog& words, const CaseExport& cases)
{
    auto csv = base::CsvWriter::with_byte_order_mark();
    std::vector<std::string> cells;
    std::vector<Column> columns = shown_columns(cases.description);
    for (const auto& column : columns)
        cells.push_back(column_label(words, cases.description, column));
    csv.add_row(cells);
    for (const auto& record : cases.records) {
        cells.clear();
        for (const auto& column : columns) {
            std::string text = field_text(record, column.field);
            bool picklist = column.field == std::string_view("ticketstatus")
                || column.field == std::string_view("ticketpriorities");
            cells.push_back(picklist ? picklist_text(cases.description, column.field, text) : text);
        }
        csv.add_row(cells);
    }
    return csv.text();
}

}
