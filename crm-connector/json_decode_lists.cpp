// Decoders of FetchHistory, FetchReferenceRecords, SearchRecords and
// DownloadFile, and of a comment's attachments and a record's line items.

#include "base/strings.h"
#include "crm-connector/json_decode.h"

namespace crm {

namespace {

std::vector<FieldChange> field_changes(const Json& values)
{
    std::vector<FieldChange> changes;
    if (!values.is_object())
        return changes;
    for (const auto& [field, change] : values.items()) {
        changes.push_back(FieldChange { field, field_value_from_json(member(change, "previous")).display(),
            field_value_from_json(member(change, "current")).display() });
    }
    return changes;
}

HistoryEntry history_entry(const Json& object)
{
    HistoryEntry entry;
    entry.record = RecordId::parse(text_of(member(object, "id"))).value_or(RecordId());
    entry.label = text_of(member(object, "label"));
    entry.status = text_of(member(object, "status"));
    entry.modified_time = text_of(member(object, "modifiedtime"));
    FieldValue user = field_value_from_json(member(object, "modifieduser"));
    entry.modified_by = Reference { user.value, user.label.value_or("") };
    entry.changes = field_changes(member(object, "values"));
    return entry;
}

// Vtiger pads labels with a space (" Login page error", "Acme Q1 Quote ").
LabelledRecord labelled_record(const Json& object)
{
    return LabelledRecord { RecordId::parse(text_of(member(object, "id"))).value_or(RecordId()),
        std::string(base::trim(text_of(member(object, "label")))) };
}

}

base::Result<std::vector<HistoryEntry>> decode_history(const Json& result)
{
    const Json& history = result.is_object() ? member(result, "history") : result;
    if (!history.is_null() && !history.is_array() && !history.is_object())
        return unexpected("the history is not a list");
    std::vector<HistoryEntry> entries;
    for (const Json* object : elements_in_order(history)) {
        if (!object->is_object())
            return unexpected("a history entry is not a JSON object");
        entries.push_back(history_entry(*object));
    }
    return entries;
}

base::Result<std::vector<LabelledRecord>> decode_labelled_records(const Json& result)
{
    if (!result.is_null() && !result.is_array() && !result.is_object())
        return unexpected("the list of records is neither an array nor an object");
    std::vector<LabelledRecord> records;
    for (const Json* object : elements_in_order(result))
        records.push_back(labelled_record(*object));
    return records;
}

// {"HelpDesk":{"uiLabel":…,"labelField":…,"0":{id,label}},"Documents":[]}
base::Result<std::vector<SearchHits>> decode_search_hits(const Json& result)
{
    if (!result.is_null() && !result.is_object() && !(result.is_array() && result.empty()))
        return unexpected("the search result is not an object of modules");
    std::vector<SearchHits> modules;
    if (!result.is_object())
        return modules;
    for (const auto& [module, hits] : result.items()) {
        SearchHits entry { module, text_of(member(hits, "uiLabel")), text_of(member(hits, "labelField")),
            TRY(decode_labelled_records(hits)) };
        modules.push_back(std::move(entry));
    }
    return modules;
}

// An external document answers {"fileid":null,"filename":null,"filesize":false,
// "filecontents":""}: an empty file (capture 108).
base::Result<DownloadedFile> decode_downloaded_file(const Json& result)
{
    if (!result.is_object())
        return unexpected("the downloaded file is not a JSON object");
    DownloadedFile file { text_of(member(result, "fileid")), text_of(member(result, "filename")),
        text_of(member(result, "filetype")), {} };
    // Decoded straight from the parsed text: a copy of the base64 would hold
    // a large file a third time.
    const Json& contents = member(result, "filecontents");
    std::optional<std::string> bytes
        = contents.is_string() ? base::base64_decode(contents.get_ref<const std::string&>()) : std::string();
    if (!bytes)
        return unexpected("the file's contents are not base64");
    file.bytes = std::move(*bytes);
    return file;
}

std::vector<CommentAttachment> comment_attachments(const Record& comment)
{
    std::vector<CommentAttachment> attachments;
    const FieldValue* field = comment.field("attachments");
    if (!field)
        return attachments;
    Json list = Json::parse(field->value, nullptr, false);
    for (const Json* entry : elements_in_order(list)) {
        attachments.push_back(
            CommentAttachment { text_of(member(*entry, "attachmentid")), text_of(member(*entry, "filename")) });
    }
    return attachments;
}

namespace {

// Vtiger names the item "productid" for products and services alike.
LineItem line_item(const Json& entry)
{
    auto text = [&](std::string_view name) { return text_of(member(entry, name)); };
    LineItem item;
    item.item = RecordId::parse(field_value_from_json(member(entry, "productid")).value);
    item.item_module = text("entity_type");
    item.item_name = text("product_name");
    if (item.item_name.empty())
        item.item_name = field_value_from_json(member(entry, "productid")).label.value_or("");
    item.quantity = text("quantity");
    item.list_price = text("listprice");
    item.discount_percent = text("discount_percent");
    item.discount_amount = text("discount_amount");
    item.net_price = text("netprice");
    item.tax_percent = text("tax_percent");
    item.tax_amount = text("tax_amount");
    item.comment = text("comment");
    return item;
}

}

std::optional<std::vector<LineItem>> line_items(const Record& record)
{
    const FieldValue* field = record.field("LineItems");
    if (!field)
        return std::nullopt;
    Json list = Json::parse(field->value, nullptr, false);
    std::vector<LineItem> items;
    for (const Json* entry : elements_in_order(list)) {
        if (entry->is_object())
            items.push_back(line_item(*entry));
    }
    return items;
}

}
