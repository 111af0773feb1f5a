// SaveRecord, AddComment, DownloadFile.

#include "crm-connector/json_call.h"
#include "crm-connector/json_client.h"
#include "crm-connector/json_decode.h"

namespace crm {

namespace {

std::optional<FilePart> file_part(const std::optional<Upload>& upload)
{
    if (!upload)
        return std::nullopt;
    return FilePart { "file", upload->filename, upload->content_type, upload->bytes };
}

std::vector<FormField> save_parameters(const SaveRequest& request)
{
    std::vector<FormField> fields;
    if (!request.module.empty())
        fields.push_back({ "module", request.module });
    add_id(fields, "recordId", request.record);
    add_id(fields, "parentId", request.parent);
    if (!request.title.empty())
        fields.push_back({ "filename", request.title });
    if (!request.attachment_type.empty())
        fields.push_back({ "attachmentType", request.attachment_type });
    fields.push_back({ "values", field_values_as_json(request.values) });
    return fields;
}

// SaveRecord answers {"record":{…}}, but the bare record for Contacts and
// Accounts (docs/json-api.md, Writes).
base::Result<Record> saved_record(const Json& result)
{
    const Json& record = result.is_object() && result.contains("record") ? member(result, "record") : result;
    if (!record.is_object() || record.empty())
        return unexpected("the CRM answered no saved record");
    return decode_record(record);
}

std::vector<FormField> download_parameters(const DownloadRequest& request)
{
    std::vector<FormField> fields { { "module", request.module }, { "recordId", request.record.to_string() } };
    add_id(fields, "parentId", request.parent);
    if (!request.parent_module.empty())
        fields.push_back({ "parentModule", request.parent_module });
    if (!request.attachment_id.empty())
        fields.push_back({ "attachmentId", request.attachment_id });
    return fields;
}

}

base::Result<Record> JsonCrmClient::save_record(const Credentials& credentials, const SaveRequest& request)
{
    HttpReply reply = TRY(post("SaveRecord", credentials, save_parameters(request), file_part(request.file)));
    Json result = TRY(decode_envelope("SaveRecord", reply, credentials.password));
    return named("SaveRecord", saved_record(result));
}

base::Result<Record> JsonCrmClient::add_comment(const Credentials& credentials, const NewComment& comment)
{
    FieldValues values { { "commentcontent", comment.content }, { "related_to", comment.related_to.to_string() } };
    std::vector<FormField> parameters { { "values", field_values_as_json(values) } };
    add_id(parameters, "parentId", comment.parent);
    HttpReply reply = TRY(post("AddComment", credentials, std::move(parameters), file_part(comment.file)));
    Json result = TRY(decode_envelope("AddComment", reply, credentials.password));
    return named("AddComment", saved_record(result));
}

base::Result<DownloadedFile> JsonCrmClient::download_file(
    const Credentials& credentials, const DownloadRequest& request)
{
    HttpReply reply = TRY(post("DownloadFile", credentials, download_parameters(request)));
    Json result = TRY(decode_envelope("DownloadFile", reply, credentials.password));
    // The raw answer is no longer needed once parsed; a large file's base64
    // should not stay in memory while it is decoded.
    std::string().swap(reply.body);
    return named("DownloadFile", decode_downloaded_file(result));
}

}
