#include "crm-connector/crm_client.h"
#include "crm-connector/crm_error.h"

namespace crm {

namespace {

base::Error not_supported(std::string_view operation)
{
    return base::Error(
        std::string(error_codes::k_not_supported), std::string(operation) + ": not supported by this CRM client");
}

}

base::Result<Profile> CrmClient::fetch_profile(const Credentials&) { return not_supported("FetchProfile"); }

base::Result<Record> CrmClient::fetch_company_details(const Credentials&)
{
    return not_supported("FetchCompanyDetails");
}

base::Result<Record> CrmClient::fetch_company_title(const Credentials&) { return not_supported("FetchCompanyTitle"); }

base::Result<std::string> CrmClient::fetch_announcement(const Credentials&)
{
    return not_supported("FetchAnnouncement");
}

base::Result<std::vector<ModuleNames>> CrmClient::fetch_shortcuts(const Credentials&)
{
    return not_supported("FetchShortcuts");
}

base::Result<std::vector<RecentRecords>> CrmClient::fetch_recent_records(const Credentials&)
{
    return not_supported("FetchRecentRecords");
}

base::Result<std::vector<ModuleNames>> CrmClient::fetch_label_fields(const Credentials&)
{
    return not_supported("FetchLabelFields");
}

base::Result<std::vector<Record>> CrmClient::filter_records(const Credentials&, const FilterQuery&)
{
    return not_supported("FilterRecords");
}

base::Result<std::vector<Record>> CrmClient::export_records(const Credentials&, const ExportQuery&)
{
    return not_supported("ExportRecords");
}

base::Result<std::vector<std::string>> CrmClient::fetch_related_modules(const Credentials&, std::string_view)
{
    return not_supported("FetchRelatedModules");
}

base::Result<std::vector<Record>> CrmClient::fetch_related_records(const Credentials&, const RelatedQuery&)
{
    return not_supported("FetchRelatedRecords");
}

base::Result<std::vector<HistoryEntry>> CrmClient::fetch_history(const Credentials&, const HistoryQuery&)
{
    return not_supported("FetchHistory");
}

base::Result<std::vector<LabelledRecord>> CrmClient::fetch_reference_records(
    const Credentials&, std::string_view, std::string_view)
{
    return not_supported("FetchReferenceRecords");
}

base::Result<std::vector<Record>> CrmClient::search_faqs(const Credentials&, std::string_view)
{
    return not_supported("SearchFaqs");
}

base::Result<std::vector<SearchHits>> CrmClient::search_records(const Credentials&, std::string_view)
{
    return not_supported("SearchRecords");
}

base::Result<Record> CrmClient::save_record(const Credentials&, const SaveRequest&)
{
    return not_supported("SaveRecord");
}

base::Result<Record> CrmClient::add_comment(const Credentials&, const NewComment&)
{
    return not_supported("AddComment");
}

base::Result<DownloadedFile> CrmClient::download_file(const Credentials&, const DownloadRequest&)
{
    return not_supported("DownloadFile");
}

base::Result<void> CrmClient::change_password(const Credentials&, std::string_view)
{
    return not_supported("ChangePassword");
}

base::Result<std::string> CrmClient::forgot_password(std::string_view, std::string_view)
{
    return not_supported("ForgotPassword");
}

base::Result<void> CrmClient::update_login_details(const Credentials&, LoginEvent)
{
    return not_supported("UpdateLoginDetails");
}

base::Result<void> CrmClient::update_login_details(const Credentials& credentials, LoginEvent event, const LoginClient&)
{
    return update_login_details(credentials, event);
}

base::Result<std::vector<std::string>> CrmClient::fetch_extensions() { return not_supported("Ping extensions=list"); }

base::Result<PasswordLink> CrmClient::check_password_token(std::string_view)
{
    return not_supported("CheckPasswordToken");
}

base::Result<void> CrmClient::reset_password_with_token(std::string_view, std::string_view)
{
    return not_supported("ResetPasswordWithToken");
}

base::Result<AccountStatus> CrmClient::fetch_account_status(const Credentials&)
{
    return not_supported("FetchAccountStatus");
}

base::Result<std::vector<SignIn>> CrmClient::fetch_login_history(const Credentials&, int)
{
    return not_supported("FetchLoginHistory");
}

base::Result<void> CrmClient::sign_up(const SignUpRequest&, std::string_view) { return not_supported("SignUp"); }

base::Result<std::string> CrmClient::confirm_sign_up(std::string_view) { return not_supported("ConfirmSignUp"); }

}
