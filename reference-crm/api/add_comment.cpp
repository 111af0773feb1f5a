#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/commented_record.h"
#include "reference-crm/api/record_labels.h"

namespace refcrm::api {

namespace {

constexpr std::size_t k_max_comment = 65'000;
constexpr std::size_t k_max_attachment = 5 * 1024 * 1024;

struct NewComment {
    WsId related;
    std::string content;
};

// Only commentcontent and related_to are taken from values; privacy,
// owner and the other ModComments fields are the CRM's (A.8.9).
base::Result<NewComment> parse_comment(const ApiCall& call)
{
    auto values = json::parse(call.field("values").value_or(""));
    if (!values.ok() || !values->is_object())
        return api_error("Invalid values");
    const json::Value* related = values->find("related_to");
    const json::Value* content = values->find("commentcontent");
    auto id = related && related->is_string() ? parse_ws_id(related->text()) : std::nullopt;
    if (!id || id->row_id == 0)
        return api_error("INVALID_ID_ATTRIBUTE", "Id specified is incorrect");
    if (!content || !content->is_string() || base::trim(content->text()).empty())
        return api_error("MANDATORY_FIELDS_MISSING", "commentcontent does not have a value");
    if (content->text().size() > k_max_comment)
        return api_error("Invalid value for commentcontent");
    return NewComment { *id, content->text() };
}

json::Value reference(const WsId& id, std::string label)
{
    json::Value value = json::Value::object();
    value.set("value", id.to_string());
    value.set("label", std::move(label));
    return value;
}

base::Result<json::Value> owner_reference(OperationContext& context)
{
    const auto& owner = context.settings.default_assignee;
    if (!owner)
        return json::Value();
    return reference({ k_users_type, *owner }, context.settings.default_assignee_name);
}

// The created comment with references resolved (capture 103).
base::Result<json::Value> comment_result(OperationContext& context, const NewComment& comment, std::int64_t id)
{
    storage::Rows rows
        = TRY(context.db.query("SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s'), "
                               "DATE_FORMAT(modified_at, '%Y-%m-%d %H:%i:%s') FROM comments WHERE id = ?",
            { id }));
    json::Value result = json::Value::object();
    result.set("commentcontent", comment.content);
    result.set("assigned_user_id", TRY(owner_reference(context)));
    result.set("createdtime", rows.empty() ? "" : rows.front().text(0));
    result.set("modifiedtime", rows.empty() ? "" : rows.front().text(1));
    result.set("related_to", reference(comment.related, TRY(record_label(context.db, comment.related))));
    result.set("creator", TRY(owner_reference(context)));
    result.set("parent_comments", json::Value());
    result.set("source", "PORTAL");
    result.set("customer", reference({ k_contacts_type, context.customer.contact_id }, context.customer.contact_name));
    result.set("userid", json::Value());
    result.set("reasontoedit", "");
    result.set("is_private", "0");
    result.set("filename", context.call.file() ? context.call.file()->file_name : "");
    result.set("related_email_id", "0");
    result.set("id", format_ws_id(k_comments_type, id));
    result.set("label", comment.content.substr(0, 100));
    return result;
}

base::Result<void> store_attachment(storage::Connection& db, const ApiFile& file, std::int64_t comment_id)
{
    std::string name = file.file_name.empty() ? "attachment" : file.file_name.substr(0, 200);
    std::string type = file.content_type.empty() ? "application/octet-stream" : file.content_type.substr(0, 100);
    std::int64_t attachment = TRY(db.insert("INSERT INTO attachments (name, type, size, content_base64) "
                                            "VALUES (?, ?, ?, ?)",
        { name, type, static_cast<std::int64_t>(file.data.size()), base::base64_encode(file.data) }));
    TRY(db.update(
        "INSERT INTO comment_attachments (comment_id, attachment_id) VALUES (?, ?)", { comment_id, attachment }));
    return {};
}

base::Result<std::int64_t> insert_comment(OperationContext& context, const NewComment& comment)
{
    const auto& owner = context.settings.default_assignee;
    std::int64_t id = TRY(context.db.insert("INSERT INTO comments (related_type_id, related_id, author_contact_id, "
                                            "owner_user_id, content, is_private, source) "
                                            "VALUES (?, ?, ?, ?, ?, 0, 'PORTAL')",
        { std::int64_t { comment.related.type_id }, comment.related.row_id, context.customer.contact_id,
            owner ? storage::Param(*owner) : storage::Param(nullptr), comment.content }));
    if (const ApiFile* file = context.call.file())
        TRY(store_attachment(context.db, *file, id));
    if (comment.related.type_id == k_helpdesk_type) {
        TRY(context.db.update("UPDATE tickets SET modified_at = NOW() WHERE id = ?", { comment.related.row_id }));
    }
    return id;
}

}

// A customer comment on a case in scope or a published FAQ (A.2.22). The
// scope is checked before anything, attachment included, is written.
base::Result<json::Value> add_comment(OperationContext& context)
{
    NewComment comment = TRY(parse_comment(context.call));
    TRY(check_commented_record(context, comment.related));
    if (const ApiFile* file = context.call.file(); file && file->data.size() > k_max_attachment)
        return api_error("Attachment too large");
    TRY(context.db.begin());
    auto id = insert_comment(context, comment);
    if (!id.ok()) {
        context.db.rollback();
        return id.release_error();
    }
    TRY(context.db.commit());
    return comment_result(context, comment, id.value());
}

}
