#include "portal/pages/record_text.h"
#include "portal/pages/record_view.h"
#include "portal/services/quote_decision.h"
#include "portal/session/session_store.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

namespace {

// "12.50 (5%)": an amount with the rate it came from, when there is one.
std::string amount_with_rate(const Catalog& words, const std::string& amount, const std::string& percent)
{
    std::string text = format_decimal(words, amount.empty() ? "0" : amount, 2);
    std::string rate = quantity_text(words, percent);
    bool no_rate
        = percent.empty() || std::all_of(percent.begin(), percent.end(), [](char c) { return c == '0' || c == '.'; });
    return no_rate ? text : text + " (" + rate + "\u00a0%)";
}

void add_line_items(
    ViewData& data, const Catalog& words, const Session& session, const std::vector<crm::LineItem>& items)
{
    auto& table = data.add_row("LINE_ITEMS");
    for (const auto& item : items) {
        auto& row = table.add_row("LINE_ITEM");
        std::vector<std::string> cells = line_item_texts(words, item);
        row.set("ITEM_NAME", cells[0]);
        std::string url = item.item ? record_url(session, item.item_module, *item.item) : "";
        if (url.empty())
            row.show("PLAIN");
        else
            row.add_row("LINK").set("URL", url);
        if (!item.comment.empty())
            row.add_row("ITEM_COMMENT").set("COMMENT", decode_html_entities(item.comment));
        row.set("QUANTITY", cells[1]);
        row.set("LIST_PRICE", cells[2]);
        row.set("DISCOUNT", cells[3]);
        row.set("NET_PRICE", cells[4]);
        row.set("TAX", cells[5]);
    }
}

std::string comment_author(const Catalog& words, const Session& session, const crm::Record& comment)
{
    const crm::FieldValue* customer = comment.field("customer");
    if (!customer || customer->value.empty())
        return words.text("LBL_COMMENT_BY_SUPPORT");
    if (customer->value == session.modules().contact.id)
        return words.text("LBL_COMMENT_BY_YOU");
    return reference_text(session, *customer).value_or(words.text("LBL_COMMENT_BY_CUSTOMER"));
}

void add_comments(ViewData& data, const Catalog& words, const Session& session, const std::vector<crm::Record>& list)
{
    auto& comments = data.add_row("COMMENTS");
    if (list.empty())
        comments.show("NO_COMMENTS");
    for (const auto& comment : list) {
        auto& row = comments.add_row("COMMENT");
        row.set("COMMENT_AUTHOR", comment_author(words, session, comment));
        row.set("COMMENT_DATE", format_date(words, field_text(comment, "createdtime")));
        row.set("COMMENT_TEXT", field_text(comment, "commentcontent"));
    }
}

void add_related_lists(ViewData& data, const Catalog& words, const Session& session, const RecordDetail& detail)
{
    for (const auto& related : detail.related) {
        auto& list = data.add_row("RELATED");
        list.set(
            "RELATED_TITLE", related.description.label.empty() ? related.description.name : related.description.label);
        if (related.records.empty()) {
            list.show("NO_RELATED");
            continue;
        }
        auto columns = table_columns(related.description, {});
        add_record_table(list.add_row("RELATED_TABLE"), words, session, related.description, columns, related.records,
            [&](const crm::Record& record) { return record_url(session, related.description.name, record.id); });
    }
}

bool has_editable_field(const crm::ModuleDescription& description)
{
    return std::any_of(description.fields.begin(), description.fields.end(),
        [](const crm::FieldDescription& field) { return field.editable; });
}

}

std::vector<std::string> line_item_texts(const Catalog& words, const crm::LineItem& item)
{
    return { decode_html_entities(item.item_name.empty() ? "\u2014" : item.item_name),
        quantity_text(words, item.quantity), format_decimal(words, item.list_price, 2),
        amount_with_rate(words, item.discount_amount, item.discount_percent), format_decimal(words, item.net_price, 2),
        amount_with_rate(words, item.tax_amount, item.tax_percent) };
}

std::vector<std::pair<std::string, std::string>> record_totals(
    const Catalog& words, const Session& session, const RecordDetail& detail)
{
    std::vector<std::pair<std::string, std::string>> totals;
    for (const auto& field : detail.description.fields) {
        const crm::FieldValue* value = detail.record.field(field.name);
        if (value && is_amount(field)) {
            totals.emplace_back(field.label.empty() ? field.name : field.label,
                display_text(words, session, detail.description, field, *value).value_or(""));
        }
    }
    return totals;
}

ViewData record_detail_view(
    const Catalog& words, const Session& session, const RecordModule& module, const RecordDetail& detail)
{
    ViewData data;
    std::string label = detail.description.label.empty() ? std::string(module.module) : detail.description.label;
    std::string url = std::string(module.path) + "/" + detail.record.id.to_string();
    data.set("MODULE_LABEL", label);
    data.set("LIST_URL", std::string(module.path));
    data.set("BACK_TO_LIST", words.format("LBL_BACK_TO_LIST", { { "list", label } }));
    data.set("RECORD_TITLE", record_title(detail.description, detail.record));
    data.set("PAGE_TITLE", data.values["RECORD_TITLE"]);
    data.set("RECORD_URL", url);
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    bool with_lines = detail.line_items.has_value();
    add_record_fields(data, words, session, detail.description, detail.record, [&](const crm::FieldDescription& f) {
        auto& titles = detail.description.label_fields;
        bool title = std::find(titles.begin(), titles.end(), f.name) != titles.end();
        return title || (with_lines && is_amount(f));
    });
    if (with_lines) {
        add_line_items(data, words, session, *detail.line_items);
        auto& totals = data.add_row("TOTALS");
        for (const auto& [label, value] : record_totals(words, session, detail))
            totals.add_row("TOTAL").set("TOTAL_LABEL", label).set("TOTAL_VALUE", value);
    }
    if (module.printable && detail.shares_amounts())
        data.add_row("PDF").set("PDF_URL", url + ".pdf");
    else if (module.printable)
        data.show("AMOUNTS_NOT_SHARED");
    if (can_decide_quote(session, detail)) {
        auto& decision = data.add_row("QUOTE_DECISION");
        decision.set("DECISION_URL", url + "/decision");
        if (detail.comments)
            decision.show("DECLINE_REASON");
    }
    const auto* info = session.modules().find(module.module);
    if (info && info->can_edit && has_editable_field(detail.description))
        data.add_row("EDIT").set("EDIT_URL", url + "/edit");
    add_related_lists(data, words, session, detail);
    if (detail.comments)
        add_comments(data, words, session, *detail.comments);
    return data;
}

}
