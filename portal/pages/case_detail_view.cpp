#include "portal/pages/case_detail_view.h"

#include "portal/pages/record_text.h"
#include "portal/services/case_actions_service.h"
#include "portal/views/text.h"

#include <algorithm>

namespace portal {

namespace {

constexpr const char* k_dash = "\u2014";

// Vtiger's HelpDesk blocks, in the customer's language; another block shows
// as the CRM sent it.
constexpr const char* k_known_blocks[]
    = { "LBL_TICKET_INFORMATION", "LBL_CUSTOM_INFORMATION", "LBL_DESCRIPTION_INFORMATION", "LBL_TICKET_RESOLUTION" };

std::string block_title(const Catalog& words, const std::string& block)
{
    for (const char* known : k_known_blocks) {
        if (block == known)
            return words.text(known);
    }
    return block;
}

void add_field(ViewData& block, const Catalog& words, const CaseDetail& detail, const crm::FieldDescription& field)
{
    const crm::FieldValue* value = detail.record.field(field.name);
    if (!value || field.name == "ticket_title" || field.name == "ticket_no")
        return;
    auto text = case_field_text(words, detail.description, detail.names, field, *value);
    bool long_text = field.type == "text";
    // An empty solution or description box says nothing; an empty short field shows a dash.
    if (!text || (long_text && text->empty()))
        return;
    auto& row = block.add_row(long_text ? "LONG_FIELD" : "FIELD");
    row.set("FIELD_LABEL", field.label.empty() ? field.name : field.label);
    row.set("FIELD_VALUE", text->empty() ? k_dash : *text);
}

// The fields grouped by the blocks of the description, in its order; a
// description without blocks gives one block without a heading.
void add_blocks(ViewData& data, const Catalog& words, const CaseDetail& detail)
{
    std::vector<std::string> order;
    for (const auto& field : detail.description.fields) {
        if (std::find(order.begin(), order.end(), field.block_label) == order.end())
            order.push_back(field.block_label);
    }
    for (std::size_t index = 0; index < order.size(); ++index) {
        ViewData block;
        for (const auto& field : detail.description.fields) {
            if (field.block_label == order[index])
                add_field(block, words, detail, field);
        }
        if (block.sections.empty())
            continue;
        if (!order[index].empty()) {
            auto& heading = block.add_row("BLOCK_HEADING");
            heading.set("BLOCK_LABEL", block_title(words, order[index]));
            heading.set("BLOCK_ID", "block-" + std::to_string(index));
        }
        data.sections["BLOCK"].push_back(std::move(block));
    }
}

std::string name_or(const CaseDetail& detail, const std::string& id, const std::string& fallback)
{
    auto found = detail.names.find(id);
    return found == detail.names.end() ? fallback : decode_html_entities(found->second);
}

// A customer's comment names the contact; a CRM user's the agent, or "support".
std::string comment_author(const Catalog& words, const CaseDetail& detail, const crm::Record& comment)
{
    std::string customer = comment.value_of("customer");
    if (!customer.empty())
        return name_or(detail, customer, words.text("LBL_CASE_A_CUSTOMER"));
    std::string creator = comment.value_of("creator");
    if (creator.empty())
        creator = comment.value_of("assigned_user_id");
    return name_or(detail, creator, words.text("LBL_CASE_SUPPORT_TEAM"));
}

void add_comment(ViewData& thread, const Catalog& words, const CaseDetail& detail, const crm::Record& comment)
{
    auto& row = thread.add_row("COMMENT");
    row.set("COMMENT_ID", comment.id.to_string());
    row.set("COMMENT_AUTHOR", comment_author(words, detail, comment));
    row.set("COMMENT_KIND", comment.value_of("customer").empty() ? "support" : "customer");
    std::string created = comment.value_of("createdtime");
    row.set("COMMENT_TIME", format_date(words, created));
    row.set("COMMENT_ISO_TIME", created.size() == 19 ? created.substr(0, 10) + "T" + created.substr(11) + "Z" : "");
    row.set("COMMENT_TEXT", decode_html_entities(comment.value_of("commentcontent")));
    for (const auto& attachment : crm::comment_attachments(comment)) {
        auto& file = row.add_row("COMMENT_ATTACHMENT");
        file.set(
            "ATTACHMENT_NAME", attachment.filename.empty() ? words.text("LBL_CASE_ATTACHMENT") : attachment.filename);
        file.set("ATTACHMENT_URL",
            case_url(
                detail.record.id, "/comments/" + comment.id.to_string() + "/attachments/" + attachment.attachment_id));
    }
}

void add_message(ViewData& into, const Catalog& words, const std::string& key)
{
    if (!key.empty())
        into.add_row("ERROR").set("ERROR_TEXT", words.text(key));
}

void add_comments(ViewData& data, const Catalog& words, const CaseDetail& detail, const CaseForms& forms)
{
    auto& section = data.add_row("COMMENTS");
    if (detail.comments.empty())
        section.show("NO_COMMENTS");
    else {
        auto& thread = section.add_row("COMMENT_LIST");
        for (const auto& comment : detail.comments)
            add_comment(thread, words, detail, comment);
    }
    auto& form = section.add_row("COMMENT_FORM");
    form.set("COMMENT_URL", case_url(detail.record.id, "/comments"));
    form.set("COMMENT_TYPED", forms.comment);
    form.set("MAX_COMMENT", std::to_string(k_max_comment_bytes));
    add_message(form, words, forms.comment_error);
}

void add_documents(ViewData& data, const CaseDetail& detail)
{
    auto& section = data.add_row("DOCUMENTS");
    if (detail.documents.empty()) {
        section.show("NO_DOCUMENTS");
        return;
    }
    auto& list = section.add_row("DOCUMENT_LIST");
    for (const auto& document : detail.documents) {
        auto& row = list.add_row("DOCUMENT");
        std::string title = field_text(document, "notes_title");
        std::string file = field_text(document, "filename");
        row.set("DOCUMENT_TITLE", title.empty() ? file : title);
        row.set("DOCUMENT_FILE", file);
        row.set("DOCUMENT_URL", case_url(detail.record.id, "/documents/" + document.id.to_string()));
    }
}

std::string history_value(
    const Catalog& words, const CaseDetail& detail, const crm::FieldDescription* field, const std::string& value)
{
    if (value.empty())
        return k_dash;
    if (!field)
        return decode_html_entities(value);
    if (field->type == "picklist")
        return picklist_text(detail.description, field->name, value);
    if (field->type == "date" || field->type == "datetime")
        return format_date(words, value);
    return decode_html_entities(value);
}

void add_change_set(ViewData& list, const Catalog& words, const CaseDetail& detail, const crm::HistoryEntry& entry)
{
    auto& row = list.add_row("CHANGE_SET");
    row.set("CHANGE_AUTHOR",
        entry.modified_by.label.empty() ? words.text("LBL_CASE_SUPPORT_TEAM")
                                        : decode_html_entities(entry.modified_by.label));
    row.set("CHANGE_ACTION",
        words.text(entry.status == "created" ? "LBL_CASE_HISTORY_CREATED" : "LBL_CASE_HISTORY_CHANGED"));
    row.set("CHANGE_TIME", format_date(words, entry.modified_time));
    for (const auto& change : entry.changes) {
        const auto* field = detail.description.field(change.field);
        auto& item = row.add_row("CHANGE");
        item.set("CHANGE_FIELD", field && !field->label.empty() ? field->label : change.field);
        item.set("CHANGE_FROM", history_value(words, detail, field, change.previous));
        item.set("CHANGE_TO", history_value(words, detail, field, change.current));
    }
}

void add_history(ViewData& data, const Catalog& words, const CaseDetail& detail)
{
    auto& section = data.add_row("HISTORY");
    if (detail.history.empty()) {
        section.show("NO_HISTORY");
        return;
    }
    auto& list = section.add_row("HISTORY_LIST");
    for (const auto& entry : detail.history)
        add_change_set(list, words, detail, entry);
}

// Close or reopen, where the CRM lets customers edit cases and has the status.
void add_status_form(ViewData& data, const Catalog& words, const CaseDetail& detail, const CaseForms& forms)
{
    if (!detail.can_edit)
        return;
    bool closed = detail.record.value_of("ticketstatus") == status_for(detail.description, StatusChange::close);
    StatusChange change = closed ? StatusChange::reopen : StatusChange::close;
    if (status_for(detail.description, change).empty())
        return;
    auto& form = data.add_row("STATUS_FORM");
    form.set("STATUS_URL", case_url(detail.record.id, closed ? "/reopen" : "/close"));
    form.set("STATUS_TITLE", words.text(closed ? "LBL_CASE_REOPEN" : "LBL_CASE_CLOSE"));
    form.set("STATUS_LABEL", words.text(closed ? "LBL_CASE_REOPEN_REASON" : "LBL_CASE_CLOSING_COMMENT"));
    form.set("STATUS_TYPED", forms.status_comment);
    form.set("MAX_COMMENT", std::to_string(k_max_comment_bytes));
    if (closed)
        form.show("REQUIRED");
    add_message(form, words, forms.status_error);
}

bool has_section(const CaseDetail& detail, const std::string& related_module)
{
    return detail.shows(related_module)
        && std::find(detail.unavailable.begin(), detail.unavailable.end(), related_module) == detail.unavailable.end();
}

}

std::string case_url(const crm::RecordId& id, std::string_view part)
{
    return "/cases/" + id.to_string() + std::string(part);
}

std::optional<std::string> case_field_text(const Catalog& words, const crm::ModuleDescription& description,
    const std::map<std::string, std::string>& names, const crm::FieldDescription& field, const crm::FieldValue& value)
{
    if (field.type == "reference" || field.type == "owner") {
        if (value.value.empty())
            return std::string();
        auto found = names.find(value.value);
        if (found != names.end())
            return decode_html_entities(found->second);
        return value.label ? std::optional<std::string>(decode_html_entities(*value.label)) : std::nullopt;
    }
    std::string text = decode_html_entities(value.display());
    if (field.type == "datetime" || field.type == "date")
        return format_date(words, text);
    if (field.type == "picklist")
        return picklist_text(description, field.name, text);
    if (field.type == "boolean")
        return words.text(text == "1" ? "LBL_CASE_YES" : "LBL_CASE_NO");
    return text;
}

ViewData case_detail_view(
    const Catalog& words, const Session& session, const CaseDetail& detail, const CaseForms& forms)
{
    ViewData data;
    data.set("CASE_TITLE", field_text(detail.record, "ticket_title"));
    data.set("PAGE_TITLE", data.values["CASE_TITLE"]);
    data.set("CASE_NUMBER", field_text(detail.record, "ticket_no"));
    data.set("FORM_CSRF_TOKEN", session.csrf_token());
    if (!forms.notice.empty())
        data.add_row("NOTICE").set("NOTICE_TEXT", words.text(forms.notice));
    if (detail.can_edit)
        data.add_row("EDIT_ACTION").set("EDIT_URL", case_url(detail.record.id, "/edit"));
    add_blocks(data, words, detail);
    add_status_form(data, words, detail, forms);
    if (has_section(detail, "ModComments"))
        add_comments(data, words, detail, forms);
    if (has_section(detail, "Documents"))
        add_documents(data, detail);
    if (has_section(detail, "History"))
        add_history(data, words, detail);
    if (!detail.unavailable.empty())
        data.show("SECTION_UNAVAILABLE");
    return data;
}

}
