#pragma once

#include "base/result.h"
#include "crm-connector/crm_extensions.h"
#include "crm-connector/crm_records.h"
#include "crm-connector/crm_results.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {

// The CRM's customer-portal API, one call per operation, named after it
// (docs/json-api.md, Operations). Every call may fail with a base::Error whose code is in
// crm_error.h. Implementations are thread-safe.
//
// The first five calls are what every client must offer. The others answer
// k_not_supported unless overridden, so a test double (or a client for an
// older CRM) overrides only what it serves.
class CrmClient {
public:
    virtual ~CrmClient() = default;

    virtual base::Result<void> ping(const Credentials& credentials) = 0;
    virtual base::Result<PortalModules> fetch_modules(const Credentials& credentials) = 0;
    virtual base::Result<ModuleDescription> describe_module(const Credentials& credentials, std::string_view module)
        = 0;
    virtual base::Result<RecordPage> fetch_records(const Credentials& credentials, const RecordsQuery& query) = 0;
    // module is sent as stock clients do (the CRM ignores it); empty: the
    // client sends the module it learned for the id's prefix, if any.
    virtual base::Result<Record> fetch_record(const Credentials& credentials, const RecordId& id,
        std::optional<RecordId> parent = std::nullopt, std::string_view module = {})
        = 0;

    // The portal's home and header.
    virtual base::Result<Profile> fetch_profile(const Credentials& credentials);
    virtual base::Result<Record> fetch_company_details(const Credentials& credentials);
    virtual base::Result<Record> fetch_company_title(const Credentials& credentials);
    // The announcement text; empty when there is none.
    virtual base::Result<std::string> fetch_announcement(const Credentials& credentials);
    virtual base::Result<std::vector<ModuleNames>> fetch_shortcuts(const Credentials& credentials);
    virtual base::Result<std::vector<RecentRecords>> fetch_recent_records(const Credentials& credentials);
    virtual base::Result<std::vector<ModuleNames>> fetch_label_fields(const Credentials& credentials);

    // Lists and detail pages.
    virtual base::Result<std::vector<Record>> filter_records(const Credentials& credentials, const FilterQuery& query);
    virtual base::Result<std::vector<Record>> export_records(const Credentials& credentials, const ExportQuery& query);
    // The tabs of a module's detail page, e.g. History, ModComments, Documents.
    virtual base::Result<std::vector<std::string>> fetch_related_modules(
        const Credentials& credentials, std::string_view module);
    // Comments (ModComments) come newest first; see comment_attachments().
    virtual base::Result<std::vector<Record>> fetch_related_records(
        const Credentials& credentials, const RelatedQuery& query);
    virtual base::Result<std::vector<HistoryEntry>> fetch_history(
        const Credentials& credentials, const HistoryQuery& query);
    // Candidates for a reference field of module; search_key narrows by label.
    virtual base::Result<std::vector<LabelledRecord>> fetch_reference_records(
        const Credentials& credentials, std::string_view module, std::string_view search_key = {});

    // Search.
    virtual base::Result<std::vector<Record>> search_faqs(const Credentials& credentials, std::string_view search_key);
    virtual base::Result<std::vector<SearchHits>> search_records(
        const Credentials& credentials, std::string_view search_key);

    // Writes. save_record answers the saved record as the CRM read it back.
    virtual base::Result<Record> save_record(const Credentials& credentials, const SaveRequest& request);
    // The created comment, references resolved ({value, label}).
    virtual base::Result<Record> add_comment(const Credentials& credentials, const NewComment& comment);
    virtual base::Result<DownloadedFile> download_file(const Credentials& credentials, const DownloadRequest& request);

    // Account. change_password fails with k_wrong_password when the current
    // password (credentials.password) is wrong.
    virtual base::Result<void> change_password(const Credentials& credentials, std::string_view new_password);
    // Needs no login; answers the CRM's (neutral) message.
    virtual base::Result<std::string> forgot_password(std::string_view email, std::string_view language = {});
    virtual base::Result<void> update_login_details(const Credentials& credentials, LoginEvent event);
    // The same, with the browser and address for a CRM that keeps a sign-in
    // history; by default the client is not reported.
    virtual base::Result<void> update_login_details(
        const Credentials& credentials, LoginEvent event, const LoginClient& client);

    // Extensions (crm_extensions.h). The operation names this CRM adds to
    // Vtiger's API, asked with a Ping (extensions=list) without a login; a
    // stock Vtiger answers it as a failed login: an empty list.
    virtual base::Result<std::vector<std::string>> fetch_extensions();
    // Fails with k_wrong_credentials for a link the CRM does not know.
    virtual base::Result<PasswordLink> check_password_token(std::string_view token);
    virtual base::Result<void> reset_password_with_token(std::string_view token, std::string_view new_password);
    // Answers only for the right password, whatever the support dates.
    virtual base::Result<AccountStatus> fetch_account_status(const Credentials& credentials);
    virtual base::Result<std::vector<SignIn>> fetch_login_history(const Credentials& credentials, int limit);
    // Asks the CRM to mail a confirmation link; the answer is neutral.
    virtual base::Result<void> sign_up(const SignUpRequest& request, std::string_view language = {});
    // The new login's e-mail; k_wrong_credentials for a used or unknown link.
    virtual base::Result<std::string> confirm_sign_up(std::string_view token);
};

// The attachments listed in a comment's "attachments" field.
std::vector<CommentAttachment> comment_attachments(const Record& comment);

// The lines in a record's "LineItems" field; nullopt when the CRM sent none
// (stock Vtiger 8.3 does not).
std::optional<std::vector<LineItem>> line_items(const Record& record);

}
