#include "portal/services/case_actions_service.h"

#include "base/strings.h"
#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_detail_service.h"
#include "portal/services/case_service.h"

#include <algorithm>

namespace portal {

namespace {

namespace codes = crm::error_codes;

// A case with more documents or comments than this is not searched further.
constexpr int k_most_related_pages = 20;

base::Error refused(std::string_view code, std::string message)
{
    return base::Error(std::string(code), std::move(message));
}

// The case's description, after checking that the id names a case at all.
base::Result<crm::ModuleDescription> case_description(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& case_id)
{
    crm::ModuleDescription description = TRY(describe(context, session, language, k_cases_module));
    if (!is_case_id(description, case_id))
        return not_a_case(case_id);
    return description;
}

base::Result<void> check_edit_allowed(const Session& session)
{
    const auto* module = session.modules().find(k_cases_module);
    if (!module || !module->can_edit)
        return refused(codes::k_access_denied, "the CRM does not let customers edit cases");
    return {};
}

bool has_status(const crm::ModuleDescription& description, std::string_view value)
{
    const auto* field = description.field("ticketstatus");
    return field
        && std::any_of(field->picklist_values.begin(), field->picklist_values.end(),
            [&](const crm::PicklistValue& choice) { return choice.value == value; });
}

// One of the case's related records (FetchRelatedRecords, page by page), or
// nullopt when the CRM does not list it under this case.
base::Result<std::optional<crm::Record>> find_related(const Context& context, const crm::Credentials& credentials,
    const crm::RecordId& case_id, const std::string& related_module, const crm::RecordId& wanted)
{
    for (int page = 0; page < k_most_related_pages; ++page) {
        auto records
            = TRY(context.crm.fetch_related_records(credentials, case_related_query(case_id, related_module, page)));
        for (auto& record : records) {
            if (record.id == wanted)
                return std::optional<crm::Record>(std::move(record));
        }
        if (records.size() < static_cast<std::size_t>(k_most_listed))
            break;
    }
    return std::optional<crm::Record>();
}

}

base::Result<void> add_case_comment(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& case_id, const std::string& text, std::optional<crm::Upload> file)
{
    if (base::trim(text).empty())
        return refused(codes::k_validation_failed, "an empty comment");
    if (text.size() > k_max_comment_bytes)
        return refused(codes::k_validation_failed, "a comment longer than the portal sends");
    TRY(case_description(context, session, language, case_id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    TRY(context.crm.add_comment(credentials, { case_id, text, std::nullopt, std::move(file) }));
    return {};
}

std::string status_for(const crm::ModuleDescription& description, StatusChange change)
{
    if (change == StatusChange::close)
        return has_status(description, "Closed") ? "Closed" : "";
    if (has_status(description, "Open"))
        return "Open";
    const auto* field = description.field("ticketstatus");
    if (!field)
        return "";
    for (const auto& choice : field->picklist_values) {
        if (choice.value != "Closed")
            return choice.value;
    }
    return "";
}

base::Result<StatusChangeOutcome> change_case_status(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, StatusChange change, const std::string& comment)
{
    TRY(check_edit_allowed(session));
    if (comment.size() > k_max_comment_bytes)
        return refused(codes::k_validation_failed, "a comment longer than the portal sends");
    crm::ModuleDescription description = TRY(case_description(context, session, language, case_id));
    std::string status = status_for(description, change);
    if (status.empty())
        return refused(codes::k_crm_error, "the CRM offers no status for this change");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = k_cases_module;
    request.record = case_id;
    request.values = { { "ticketstatus", status } };
    TRY(context.crm.save_record(credentials, request));
    StatusChangeOutcome outcome;
    if (!base::trim(comment).empty()) {
        auto added = context.crm.add_comment(credentials, { case_id, comment, std::nullopt, std::nullopt });
        if (!added.ok())
            outcome.comment_error = added.release_error();
    }
    return outcome;
}

base::Result<crm::Record> save_case(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& case_id, const crm::FieldValues& values)
{
    TRY(check_edit_allowed(session));
    TRY(case_description(context, session, language, case_id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    crm::SaveRequest request;
    request.module = k_cases_module;
    request.record = case_id;
    request.values = values;
    return context.crm.save_record(credentials, request);
}

base::Result<crm::DownloadedFile> download_case_document(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, const crm::RecordId& document_id)
{
    TRY(case_description(context, session, language, case_id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    auto listed = TRY(find_related(context, credentials, case_id, "Documents", document_id));
    if (!listed)
        return refused(codes::k_record_not_found, document_id.to_string() + " is not a document of this case");
    crm::DownloadRequest request { "Documents", document_id, case_id, k_cases_module, "" };
    return context.crm.download_file(credentials, request);
}

base::Result<crm::DownloadedFile> download_comment_attachment(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, const crm::RecordId& comment_id,
    const std::string& attachment_id)
{
    TRY(case_description(context, session, language, case_id));
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    auto comment = TRY(find_related(context, credentials, case_id, "ModComments", comment_id));
    if (!comment)
        return refused(codes::k_record_not_found, comment_id.to_string() + " is not a comment of this case");
    auto attachments = crm::comment_attachments(*comment);
    bool listed = std::any_of(attachments.begin(), attachments.end(),
        [&](const crm::CommentAttachment& attachment) { return attachment.attachment_id == attachment_id; });
    if (!listed)
        return refused(codes::k_record_not_found, "the comment lists no attachment " + attachment_id);
    crm::DownloadRequest request { "ModComments", comment_id, case_id, k_cases_module, attachment_id };
    return context.crm.download_file(credentials, request);
}

}
