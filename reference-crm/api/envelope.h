#pragma once

#include "base/error.h"
#include "reference-crm/json.h"

#include <string>

namespace refcrm::api {

// {"success":true,"result":…}
std::string success_body(const json::Value& result);

// {"success":false,"error":{"code":…,"message":"…"}}. API errors keep their
// code and message; internal ones (database, …) become a generic message so
// that no detail leaks (docs/json-api.md, Holes #13).
std::string error_body(const base::Error& error);

bool is_api_error(const base::Error& error);

// An operation that ends without a result: Vtiger then sends
// {"success":false,"error":null} (docs/json-api.md, Envelope).
inline constexpr const char* k_result_unset = "result.unset";

}
