#include "reference-crm/api/document_download.h"

#include "reference-crm/api/api_error.h"
#include "reference-crm/api/parent_record.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

namespace {

// Capture 108: a document without a stored file.
json::Value no_file()
{
    json::Value result = json::Value::object();
    result.set("fileid", json::Value());
    result.set("filename", json::Value());
    result.set("filetype", "");
    result.set("filesize", json::Value::boolean(false));
    result.set("filecontents", "");
    return result;
}

json::Value file_from_row(const storage::Row& row)
{
    json::Value result = json::Value::object();
    result.set("fileid", row.text(0));
    result.set("filename", row.text(1));
    result.set("filetype", row.text(2));
    result.set("filesize", json::Value::integer(row.integer(3).value_or(0)));
    result.set("filecontents", row.text(4));
    return result;
}

}

base::Result<json::Value> download_document(OperationContext& context)
{
    WsId id = TRY(parse_record_id(context.call, "recordId"));
    if (id.type_id != k_documents_type)
        return api_error("Record not Accessible");
    TRY(check_record_reachable(context, id));
    storage::Rows rows
        = TRY(context.db.query("SELECT a.id, a.name, a.type, a.size, a.content_base64 FROM documents d "
                               "JOIN attachments a ON a.id = d.attachment_id WHERE d.id = ? AND d.location_type = 'I'",
            { id.row_id }));
    TRY(context.db.update(
        "UPDATE documents SET download_count = download_count + 1 WHERE id = ?", { storage::Param(id.row_id) }));
    return rows.empty() ? no_file() : file_from_row(rows.front());
}

}
