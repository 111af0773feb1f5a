#include "reference-crm/api/document_upload.h"

#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/history_log.h"
#include "reference-crm/api/parent_record.h"
#include "reference-crm/api/record_query.h"
#include "reference-crm/api/record_values.h"

namespace refcrm::api {

namespace {

struct Upload {
    std::string title;
    const ApiFile* file = nullptr;
    std::optional<WsId> parent;
};

base::Result<Upload> checked_upload(OperationContext& context, const PortalModule& module)
{
    Upload upload;
    for (const auto& value : TRY(parse_record_values(context, module, {}))) {
        if (value.field->name == "notes_title")
            upload.title = value.api_text;
    }
    if (upload.title.empty())
        upload.title = base::trim(context.call.field("filename").value_or(""));
    if (upload.title.empty())
        return api_error("MANDATORY_FIELDS_MISSING", "notes_title does not have a value");
    upload.file = context.call.file();
    if (!upload.file || upload.file->file_name.empty())
        return api_error("MANDATORY_FIELDS_MISSING", "filename does not have a value");
    if (upload.file->data.size() > static_cast<std::size_t>(k_max_upload_bytes))
        return api_error("File exceeds the upload limit");
    upload.parent = TRY(checked_parent(context));
    if (upload.parent && upload.parent->type_id != k_helpdesk_type && upload.parent->type_id != k_project_type
        && upload.parent->type_id != k_contacts_type)
        return api_error("Parent record not Accessible");
    return upload;
}

base::Result<void> link(storage::Connection& db, std::int64_t document, const WsId& target)
{
    TRY(db.update("INSERT IGNORE INTO document_links (document_id, related_type_id, related_id) VALUES (?, ?, ?)",
        { document, std::int64_t { target.type_id }, target.row_id }));
    return {};
}

base::Result<std::int64_t> store(OperationContext& context, const Upload& upload)
{
    const ApiFile& file = *upload.file;
    std::string type = file.content_type.empty() ? "application/octet-stream" : file.content_type;
    auto size = static_cast<std::int64_t>(file.data.size());
    std::int64_t attachment
        = TRY(context.db.insert("INSERT INTO attachments (name, type, size, content_base64) VALUES (?, ?, ?, ?)",
            { file.file_name, type, size, base::base64_encode(file.data) }));
    const auto& assignee = context.settings.default_assignee;
    std::int64_t id
        = TRY(context.db.insert("INSERT INTO documents (title, filename, filetype, filesize, location_type, "
                                "active, note, attachment_id, assigned_user_id) "
                                "VALUES (?, ?, ?, ?, 'I', 1, '', ?, ?)",
            { upload.title, file.file_name, type, size, attachment,
                assignee ? storage::Param(*assignee) : storage::Param(nullptr) }));
    TRY(context.db.update("UPDATE documents SET document_no = CONCAT('DOC', id) WHERE id = ?", { id }));
    TRY(link(context.db, id, { k_contacts_type, context.customer.contact_id }));
    if (upload.parent)
        TRY(link(context.db, id, *upload.parent));
    ChangeAuthor author { std::nullopt, context.customer.contact_id };
    TRY(record_change(context.db, { k_documents_type, id }, author, ChangeStatus::created,
        { { "notes_title", std::nullopt, upload.title }, { "filename", std::nullopt, file.file_name } }));
    return id;
}

}

base::Result<json::Value> upload_document(OperationContext& context, const PortalModule& module)
{
    Upload upload = TRY(checked_upload(context, module));
    TRY(context.db.begin());
    auto stored = store(context, upload);
    if (!stored.ok()) {
        context.db.rollback();
        return stored.error();
    }
    TRY(context.db.commit());
    RecordQuery query;
    query.module = &module;
    query.scope = scope_clause(*module.def, context.customer, ScopeMode::mine);
    query.only_id = stored.value();
    auto records = TRY(select_records(context.db, query));
    json::Value result = json::Value::object();
    result.set("record", records.empty() ? json::Value::object() : std::move(records.front()));
    return result;
}

}
