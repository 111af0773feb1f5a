#pragma once

#include "reference-crm/api/api_call.h"
#include "reference-crm/api/customer.h"
#include "reference-crm/api/portal_settings.h"
#include "reference-crm/json.h"

#include <string_view>

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

base::Result<json::Value> ping(OperationContext& context);
base::Result<json::Value> fetch_modules(OperationContext& context);
base::Result<json::Value> update_login_details(OperationContext& context);
base::Result<json::Value> describe_module(OperationContext& context);
base::Result<json::Value> fetch_records(OperationContext& context);
base::Result<json::Value> fetch_record(OperationContext& context);
base::Result<json::Value> fetch_related_records(OperationContext& context);

}
