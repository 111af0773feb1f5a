#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/commented_record.h"
#include "reference-crm/api/document_download.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

namespace {

// The comment must be non-private and on a record the customer may see,
// and the attachment must belong to that comment (A.8.7).
base::Result<json::Value> comment_attachment(OperationContext& context)
{
    WsId comment = TRY(parse_record_id(context.call, "recordId"));
    auto attachment = base::parse_int(context.call.field("attachmentId").value_or(""));
    if (comment.type_id != k_comments_type || !attachment)
        return api_error("Record not Accessible");
    storage::Rows owner = TRY(context.db.query(
        "SELECT related_type_id, related_id FROM comments WHERE id = ? AND is_private = 0", { comment.row_id }));
    if (owner.empty())
        return api_error("Record not Accessible");
    WsId related { static_cast<int>(owner.front().integer(0).value_or(0)), owner.front().integer(1).value_or(0) };
    TRY(check_commented_record(context, related));
    storage::Rows rows
        = TRY(context.db.query("SELECT a.id, a.name, a.type, a.size, a.content_base64 "
                               "FROM comment_attachments ca JOIN attachments a ON a.id = ca.attachment_id "
                               "WHERE ca.comment_id = ? AND a.id = ?",
            { comment.row_id, *attachment }));
    if (rows.empty())
        return api_error("Record not Accessible");
    json::Value result = json::Value::object();
    result.set("fileid", rows.front().text(0));
    result.set("filename", rows.front().text(1));
    result.set("filetype", rows.front().text(2));
    result.set("filesize", json::Value::integer(rows.front().integer(3).value_or(0)));
    result.set("filecontents", rows.front().text(4));
    return result;
}

}

// File contents as base64 (A.2.23): comment attachments and documents.
base::Result<json::Value> download_file(OperationContext& context)
{
    std::string module = context.call.field("module").value_or("");
    if (module == "ModComments")
        return comment_attachment(context);
    if (!context.settings.enabled_module(module))
        return api_error("Module is disabled.", 1404);
    if (module == "Documents")
        return download_document(context);
    return api_error("Download not supported.");
}

}
