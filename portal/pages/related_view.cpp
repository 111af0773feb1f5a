#include "portal/pages/related_view.h"

#include "portal/pages/record_text.h"
#include "portal/services/module_pages.h"
#include "portal/views/text.h"

#include <algorithm>
#include <utility>

namespace portal {

namespace {

// A reference the CRM did not resolve, by a name the session knows.
std::optional<std::string> known_name(const Session& session, const std::string& id)
{
    const auto& modules = session.modules();
    if (id == modules.contact.id)
        return modules.contact.label;
    if (modules.account && id == modules.account->id)
        return modules.account->label;
    if (id == modules.default_assignee.id && !modules.default_assignee.label.empty())
        return modules.default_assignee.label;
    return std::nullopt;
}

std::string field_label(const crm::ModuleDescription& description, const std::string& name)
{
    const auto* field = description.field(name);
    return field && !field->label.empty() ? decode_html_entities(field->label) : name;
}

// Vtiger stores comments with <br /> for line breaks; the page keeps the
// breaks (CSS pre-line) and escapes everything else.
std::string comment_text(std::string text)
{
    for (std::size_t at = text.find("<br />"); at != std::string::npos; at = text.find("<br />", at))
        text.erase(at, 6);
    return decode_html_entities(text);
}

// The catalog word of a change set's kind (FetchHistory status).
std::string history_word(const std::string& status)
{
    constexpr std::pair<std::string_view, const char*> k_words[] = { { "created", "LBL_HISTORY_CREATED" },
        { "deleted", "LBL_HISTORY_DELETED" }, { "restored", "LBL_HISTORY_RESTORED" }, { "link", "LBL_HISTORY_LINK" },
        { "unlink", "LBL_HISTORY_UNLINK" } };
    for (const auto& [known, word] : k_words) {
        if (status == known)
            return word;
    }
    return "LBL_HISTORY_UPDATED";
}

void add_history(ViewData& data, const Catalog& words, const crm::ModuleDescription& description,
    const std::vector<crm::HistoryEntry>& history)
{
    auto& section = data.add_row("HISTORY");
    for (const auto& entry : history) {
        auto& row = section.add_row("HISTORY_ENTRY");
        row.set("HISTORY_DATE", format_date(words, entry.modified_time));
        row.set("HISTORY_WHO", decode_html_entities(entry.modified_by.label));
        row.set("HISTORY_WHAT", words.text(history_word(entry.status)));
        for (const auto& change : entry.changes) {
            // A change of a field the customer is not shown stays unseen.
            if (!description.field(change.field))
                continue;
            auto& line = row.add_row("HISTORY_CHANGE");
            line.set("CHANGE_FIELD", field_label(description, change.field));
            line.set("CHANGE_VALUE", change.current.empty() ? "\u2014" : decode_html_entities(change.current));
        }
    }
    if (history.empty())
        section.show("NO_HISTORY");
}

}

std::optional<std::string> field_display(
    const Catalog& words, const Session& session, const crm::FieldDescription& field, const crm::FieldValue& value)
{
    if (field.type == "reference" || field.type == "owner") {
        if (value.label)
            return decode_html_entities(*value.label);
        return value.value.empty() ? std::optional<std::string>("") : known_name(session, value.value);
    }
    std::string text = decode_html_entities(value.display());
    if (field.type == "date" || field.type == "datetime")
        return format_date(words, text);
    if (field.type == "boolean")
        return text.empty() ? text : words.text(text == "1" ? "LBL_YES" : "LBL_NO");
    if (field.type == "currency" || field.type == "double")
        return format_decimal(words, text, 2);
    if (field.type == "picklist") {
        for (const auto& choice : field.picklist_values) {
            if (choice.value == text && !choice.label.empty())
                return decode_html_entities(choice.label);
        }
    }
    return text;
}

void add_shown_fields(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const crm::Record& record, std::initializer_list<std::string_view> skip)
{
    for (const auto& field : description.fields) {
        const crm::FieldValue* value = record.field(field.name);
        if (!value || std::find(skip.begin(), skip.end(), field.name) != skip.end())
            continue;
        std::optional<std::string> text = field_display(words, session, field, *value);
        bool long_text = field.type == "text";
        if (!text || (long_text && text->empty()))
            continue;
        auto& row = data.add_row(long_text ? "LONG_FIELD" : "FIELD");
        row.set("FIELD_LABEL", field.label.empty() ? field.name : decode_html_entities(field.label));
        row.set("FIELD_VALUE", text->empty() ? "\u2014" : *text);
    }
}

void add_columns(ViewData& table, const crm::ModuleDescription& description, std::span<const char* const> fields)
{
    for (const char* name : fields) {
        if (const auto* field = description.field(name))
            table.add_row("COLUMN").set("COLUMN_LABEL", decode_html_entities(field->label));
    }
}

void add_cells(ViewData& row, const Catalog& words, const Session& session, const crm::ModuleDescription& description,
    const crm::Record& record, std::span<const char* const> fields)
{
    for (const char* name : fields) {
        const auto* field = description.field(name);
        if (!field)
            continue;
        const crm::FieldValue* value = record.field(name);
        auto& cell = row.add_row("CELL");
        cell.set("CELL_LABEL", decode_html_entities(field->label));
        cell.set("CELL_VALUE", value ? field_display(words, session, *field, *value).value_or("") : "");
    }
}

void add_related(ViewData& data, const Catalog& words, const Session& session,
    const crm::ModuleDescription& description, const RelatedRecords& related)
{
    if (related.history)
        add_history(data, words, description, *related.history);
    if (related.comments) {
        auto& section = data.add_row("COMMENTS");
        for (const auto& comment : *related.comments) {
            auto& row = section.add_row("COMMENT");
            row.set("COMMENT_TEXT", comment_text(comment.value_of("commentcontent")));
            row.set("COMMENT_DATE", format_date(words, comment.value_of("createdtime")));
            const crm::FieldValue* author = comment.field("customer");
            if (!author || author->value.empty())
                author = comment.field("assigned_user_id");
            std::optional<std::string> name
                = author ? (author->label ? author->label : known_name(session, author->value)) : std::nullopt;
            row.set("COMMENT_AUTHOR", name ? decode_html_entities(*name) : "");
        }
        if (related.comments->empty())
            section.show("NO_COMMENTS");
    }
    if (related.documents) {
        auto& section = data.add_row("RELATED_DOCUMENTS");
        for (const auto& document : *related.documents) {
            auto& row = section.add_row("RELATED_DOCUMENT");
            row.set("DOCUMENT_URL", record_url("Documents", document.id));
            row.set("DOCUMENT_TITLE", field_text(document, "notes_title"));
        }
        if (related.documents->empty())
            section.show("NO_DOCUMENTS");
    }
}

}
