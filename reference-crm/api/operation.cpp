#include "reference-crm/api/operation.h"

#include <algorithm>
#include <array>
#include <utility>

namespace refcrm::api {

namespace {

using Entry = std::pair<std::string_view, OperationFunction>;

constexpr std::array<Entry, 33> k_operations { {
    { "Ping", ping },
    { "FetchModules", fetch_modules },
    { "UpdateLoginDetails", update_login_details },
    { "DescribeModule", describe_module },
    { "FetchRecords", fetch_records },
    { "FetchRecord", fetch_record },
    { "FetchRelatedRecords", fetch_related_records },
    { "FetchProfile", fetch_profile },
    { "FetchCompanyDetails", fetch_company_details },
    { "FetchCompanyTitle", fetch_company_title },
    { "FetchAnnouncement", fetch_announcement },
    { "FetchShortcuts", fetch_shortcuts },
    { "FetchRecentRecords", fetch_recent_records },
    { "FilterRecords", filter_records },
    { "ExportRecords", export_records },
    { "FetchRelatedModules", fetch_related_modules },
    { "FetchHistory", fetch_history },
    { "FetchReferenceRecords", fetch_reference_records },
    { "FetchLabelFields", fetch_label_fields },
    { "SearchFaqs", search_faqs },
    { "SearchRecords", search_records },
    { "SaveRecord", save_record },
    { "AddComment", add_comment },
    { "DownloadFile", download_file },
    { "ChangePassword", change_password },
    { "ForgotPassword", forgot_password },
    { "ResetPassword", reset_password },
    { "CheckPasswordToken", check_password_token },
    { "ResetPasswordWithToken", reset_password },
    { "FetchAccountStatus", fetch_account_status },
    { "FetchLoginHistory", fetch_login_history },
    { "SignUp", sign_up },
    { "ConfirmSignUp", confirm_sign_up },
} };

// FetchAccountStatus checks the password itself, ignoring the support dates.
constexpr std::array<std::string_view, 7> k_without_login { "ForgotPassword", "ResetPassword", "CheckPasswordToken",
    "ResetPasswordWithToken", "FetchAccountStatus", "SignUp", "ConfirmSignUp" };

}

OperationFunction find_operation(std::string_view name)
{
    for (const auto& [operation_name, function] : k_operations) {
        if (operation_name == name)
            return function;
    }
    return nullptr;
}

bool needs_login(std::string_view name)
{
    return std::find(k_without_login.begin(), k_without_login.end(), name) == k_without_login.end();
}

std::vector<std::string_view> extension_operations()
{
    return { "CheckPasswordToken", "ResetPasswordWithToken", "FetchAccountStatus", "FetchLoginHistory", "SignUp",
        "ConfirmSignUp" };
}

}
