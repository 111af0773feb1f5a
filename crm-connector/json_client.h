#pragma once

#include "crm-connector/crm_client.h"
#include "crm-connector/http_transport.h"

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crm {

struct JsonClientOptions {
    std::string site_url; // the CRM's $site_URL, e.g. "https://crm.example.com/"
    int connect_timeout_ms = 5000;
    int timeout_ms = 30000;
    std::string ca_file; // PEM bundle to trust; empty: the system's trust store
    bool verify_tls = true;
};

// The customer-portal API URL of a CRM: $site_URL + "modules/CustomerPortal/api.php"
// (a missing trailing slash is fine; a URL that already ends in api.php is kept).
base::Result<std::string> customer_portal_api_url(std::string_view site_url);

// CrmClient over the JSON API of Vtiger 7/8 (docs/json-api.md). Stateless per
// call: every request carries the contact's credentials. Thread-safe.
class JsonCrmClient final : public CrmClient {
public:
    // Talks to the CRM over libcurl (CurlTransport).
    static base::Result<std::unique_ptr<JsonCrmClient>> create(JsonClientOptions options);
    // Talks through any transport; tests inject a fake one.
    static base::Result<std::unique_ptr<JsonCrmClient>> create(
        std::string_view site_url, std::shared_ptr<HttpTransport> transport);

    const std::string& api_url() const { return m_api_url; }

    base::Result<void> ping(const Credentials& credentials) override;
    base::Result<PortalModules> fetch_modules(const Credentials& credentials) override;
    base::Result<ModuleDescription> describe_module(const Credentials& credentials, std::string_view module) override;
    base::Result<RecordPage> fetch_records(const Credentials& credentials, const RecordsQuery& query) override;
    base::Result<Record> fetch_record(const Credentials& credentials, const RecordId& id,
        std::optional<RecordId> parent = std::nullopt, std::string_view module = {}) override;

    base::Result<Profile> fetch_profile(const Credentials& credentials) override;
    base::Result<Record> fetch_company_details(const Credentials& credentials) override;
    base::Result<Record> fetch_company_title(const Credentials& credentials) override;
    base::Result<std::string> fetch_announcement(const Credentials& credentials) override;
    base::Result<std::vector<ModuleNames>> fetch_shortcuts(const Credentials& credentials) override;
    base::Result<std::vector<RecentRecords>> fetch_recent_records(const Credentials& credentials) override;
    base::Result<std::vector<ModuleNames>> fetch_label_fields(const Credentials& credentials) override;

    base::Result<std::vector<Record>> filter_records(const Credentials& credentials, const FilterQuery& query) override;
    base::Result<std::vector<Record>> export_records(const Credentials& credentials, const ExportQuery& query) override;
    base::Result<std::vector<std::string>> fetch_related_modules(
        const Credentials& credentials, std::string_view module) override;
    base::Result<std::vector<Record>> fetch_related_records(
        const Credentials& credentials, const RelatedQuery& query) override;
    base::Result<std::vector<HistoryEntry>> fetch_history(
        const Credentials& credentials, const HistoryQuery& query) override;
    base::Result<std::vector<LabelledRecord>> fetch_reference_records(
        const Credentials& credentials, std::string_view module, std::string_view search_key = {}) override;

    base::Result<std::vector<Record>> search_faqs(const Credentials& credentials, std::string_view search_key) override;
    base::Result<std::vector<SearchHits>> search_records(
        const Credentials& credentials, std::string_view search_key) override;

    base::Result<Record> save_record(const Credentials& credentials, const SaveRequest& request) override;
    base::Result<Record> add_comment(const Credentials& credentials, const NewComment& comment) override;
    base::Result<DownloadedFile> download_file(const Credentials& credentials, const DownloadRequest& request) override;

    base::Result<void> change_password(const Credentials& credentials, std::string_view new_password) override;
    base::Result<std::string> forgot_password(std::string_view email, std::string_view language = {}) override;
    base::Result<void> update_login_details(const Credentials& credentials, LoginEvent event) override;
    base::Result<void> update_login_details(
        const Credentials& credentials, LoginEvent event, const LoginClient& client) override;

    base::Result<std::vector<std::string>> fetch_extensions() override;
    base::Result<PasswordLink> check_password_token(std::string_view token) override;
    base::Result<void> reset_password_with_token(std::string_view token, std::string_view new_password) override;
    base::Result<AccountStatus> fetch_account_status(const Credentials& credentials) override;
    base::Result<std::vector<SignIn>> fetch_login_history(const Credentials& credentials, int limit) override;
    base::Result<void> sign_up(const SignUpRequest& request, std::string_view language = {}) override;
    base::Result<std::string> confirm_sign_up(std::string_view token) override;

private:
    JsonCrmClient(std::string api_url, std::shared_ptr<HttpTransport> transport);

    // The operation's form with the contact's credentials (docs/json-api.md, Authentication),
    // and a file part when one is given.
    base::Result<HttpReply> post(std::string_view operation, const Credentials& credentials,
        std::vector<FormField> parameters, std::optional<FilePart> file = std::nullopt);
    // An operation that needs no login (extensions for people who cannot
    // sign in yet): some Basic header, as ForgotPassword has.
    base::Result<HttpReply> post_without_login(
        std::string_view operation, std::vector<FormField> parameters, std::string_view secret);
    // Sends a built form; errors name the operation and never show secret.
    base::Result<HttpReply> send(std::string_view operation, FormPost form, std::string_view secret);

    // FetchRecord sends the record's module name as stock clients do (the CRM
    // ignores it); the client learns it from ids it has seen per module.
    void learn_module_name(int id_prefix, std::string_view module);
    std::optional<std::string> module_name_of(int id_prefix) const;

    const std::string m_api_url;
    const std::shared_ptr<HttpTransport> m_transport;
    mutable std::mutex m_module_names_mutex; // guards m_module_names
    std::unordered_map<int, std::string> m_module_names;
};

}
