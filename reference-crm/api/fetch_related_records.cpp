#include "reference-crm/api/api_error.h"
#include "reference-crm/api/commented_record.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/related_records.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

namespace {

constexpr const char* k_comments_query
    = "SELECT c.content, CONCAT('19x', c.owner_user_id), "
      "DATE_FORMAT(c.created_at, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(c.modified_at, '%Y-%m-%d %H:%i:%s'), "
      "c.source, CONCAT('12x', c.author_contact_id), c.id "
      "FROM comments c WHERE c.related_type_id = ? AND c.related_id = ? AND c.is_private = 0 "
      "ORDER BY c.modified_at DESC, c.id DESC LIMIT ? OFFSET ?";

json::Value optional_text(const std::optional<std::string>& cell) { return cell ? json::Value(*cell) : json::Value(); }

// Key order and constant fields as in capture 81.
json::Value comment_from_row(const storage::Row& row, const WsId& related)
{
    json::Value comment = json::Value::object();
    comment.set("commentcontent", row.text(0));
    comment.set("assigned_user_id", optional_text(row.at(1)));
    comment.set("createdtime", row.text(2));
    comment.set("modifiedtime", row.text(3));
    comment.set("related_to", related.to_string());
    comment.set("creator", optional_text(row.at(1)));
    comment.set("parent_comments", json::Value());
    comment.set("source", row.text(4));
    comment.set("customer", optional_text(row.at(5)));
    comment.set("userid", json::Value());
    comment.set("reasontoedit", "");
    comment.set("is_private", "0");
    comment.set("filename", "");
    comment.set("related_email_id", "0");
    comment.set("id", format_ws_id(k_comments_type, row.integer(6).value_or(0)));
    comment.set("attachments", json::Value::array());
    return comment;
}

base::Result<json::Value> attachments_of(storage::Connection& db, std::int64_t comment_id)
{
    storage::Rows rows = TRY(db.query("SELECT a.name, a.id FROM comment_attachments ca "
                                      "JOIN attachments a ON a.id = ca.attachment_id WHERE ca.comment_id = ? "
                                      "ORDER BY a.id",
        { comment_id }));
    json::Value list = json::Value::array();
    for (const auto& row : rows) {
        json::Value attachment = json::Value::object();
        attachment.set("filename", row.text(0));
        attachment.set("attachmentid", row.text(1));
        list.push(std::move(attachment));
    }
    return list;
}

}

// The non-private comments of a ticket or published FAQ, newest first
// (docs/json-api.md, Related records and history). Scope is checked before anything else is looked at.
base::Result<json::Value> fetch_related_records(OperationContext& context)
{
    std::string related_module = context.call.field("relatedModule").value_or("");
    if (related_module != "ModComments")
        return fetch_related_list(context, related_module);
    WsId id = TRY(parse_record_id(context.call, "recordId"));
    TRY(check_commented_record(context, id));
    Paging paging = TRY(parse_paging(context.call));
    storage::Rows rows = TRY(
        context.db.query(k_comments_query, { std::int64_t { id.type_id }, id.row_id, paging.limit, paging.offset }));
    json::Value comments = json::Value::array();
    for (const auto& row : rows) {
        json::Value comment = comment_from_row(row, id);
        comment.set("attachments", TRY(attachments_of(context.db, row.integer(6).value_or(0))));
        comments.push(std::move(comment));
    }
    return comments;
}

}
