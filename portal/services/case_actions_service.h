#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <optional>
#include <string>

namespace portal {

// The longest comment the portal sends; the CRM's own limit is higher.
inline constexpr std::size_t k_max_comment_bytes = 20'000;

// A comment from the customer on their case. The CRM checks that the case is
// theirs before it writes anything.
base::Result<void> add_case_comment(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& case_id, const std::string& text, std::optional<crm::Upload> file = std::nullopt);

enum class StatusChange { close, reopen };

// What happened to a close or reopen: the status is changed first; a comment
// that then fails leaves the status changed, and comment_error says why.
struct StatusChangeOutcome {
    std::optional<base::Error> comment_error;
};

// Closes a case (status Closed) or reopens it (status Open, or the first
// status the CRM offers that is not Closed), then adds the comment if any.
base::Result<StatusChangeOutcome> change_case_status(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, StatusChange change, const std::string& comment);

// The status value a change sets, from the CRM's ticketstatus picklist;
// empty when the CRM offers none that fits.
std::string status_for(const crm::ModuleDescription& description, StatusChange change);

// SaveRecord of the case with the fields the customer edited.
base::Result<crm::Record> save_case(const Context& context, const Session& session, const std::string& language,
    const crm::RecordId& case_id, const crm::FieldValues& values);

// A document of the case, only if the CRM lists it among the case's
// documents; the CRM checks the scope again when it hands out the file.
base::Result<crm::DownloadedFile> download_case_document(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, const crm::RecordId& document_id);

// A file attached to a comment, only if the comment is one of the case's
// comments and lists that attachment.
base::Result<crm::DownloadedFile> download_comment_attachment(const Context& context, const Session& session,
    const std::string& language, const crm::RecordId& case_id, const crm::RecordId& comment_id,
    const std::string& attachment_id);

}
