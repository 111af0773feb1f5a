#pragma once

#include "reference-crm/api/api_call.h"
#include "reference-crm/api/customer.h"
#include "reference-crm/api/portal_settings.h"
#include "reference-crm/json.h"

#include <string_view>
#include <vector>

namespace refcrm::api {

// Everything one operation may use: the authenticated customer, the portal
// settings of this request, its form fields and a database connection.
struct OperationContext {
    storage::Connection& db;
    const Customer& customer;
    const PortalSettings& settings;
    const ApiCall& call;
};

using OperationFunction = base::Result<json::Value> (*)(OperationContext&);

// Operation names are Vtiger's file names (case sensitive).
OperationFunction find_operation(std::string_view name);
// ForgotPassword, ResetPassword and the extensions for people who cannot
// sign in yet run before a login exists.
bool needs_login(std::string_view name);
// The operations this CRM adds to Vtiger's API, as a Ping with extensions=list lists them.
std::vector<std::string_view> extension_operations();

base::Result<json::Value> ping(OperationContext& context);
base::Result<json::Value> fetch_modules(OperationContext& context);
base::Result<json::Value> update_login_details(OperationContext& context);
base::Result<json::Value> describe_module(OperationContext& context);
base::Result<json::Value> fetch_records(OperationContext& context);
base::Result<json::Value> fetch_record(OperationContext& context);
base::Result<json::Value> fetch_related_records(OperationContext& context);
base::Result<json::Value> fetch_profile(OperationContext& context);
base::Result<json::Value> fetch_company_details(OperationContext& context);
base::Result<json::Value> fetch_company_title(OperationContext& context);
base::Result<json::Value> fetch_announcement(OperationContext& context);
base::Result<json::Value> fetch_shortcuts(OperationContext& context);
base::Result<json::Value> fetch_recent_records(OperationContext& context);
base::Result<json::Value> filter_records(OperationContext& context);
base::Result<json::Value> export_records(OperationContext& context);
base::Result<json::Value> fetch_related_modules(OperationContext& context);
base::Result<json::Value> fetch_history(OperationContext& context);
base::Result<json::Value> fetch_reference_records(OperationContext& context);
base::Result<json::Value> fetch_label_fields(OperationContext& context);
base::Result<json::Value> search_faqs(OperationContext& context);
base::Result<json::Value> search_records(OperationContext& context);
base::Result<json::Value> save_record(OperationContext& context);
base::Result<json::Value> add_comment(OperationContext& context);
base::Result<json::Value> download_file(OperationContext& context);
base::Result<json::Value> change_password(OperationContext& context);
base::Result<json::Value> forgot_password(OperationContext& context);
// Not in Vtiger: completes ForgotPassword's reset link (token, newPassword).
base::Result<json::Value> reset_password(OperationContext& context);

// Extensions (Help.txt, "Extensions of the reference CRM").
base::Result<json::Value> check_password_token(OperationContext& context);
base::Result<json::Value> fetch_account_status(OperationContext& context);
base::Result<json::Value> fetch_login_history(OperationContext& context);
base::Result<json::Value> sign_up(OperationContext& context);
base::Result<json::Value> confirm_sign_up(OperationContext& context);

}
