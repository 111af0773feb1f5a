#include "reference-crm/api/envelope.h"

#include <algorithm>

namespace refcrm::api {

namespace {

bool all_of_chars(const std::string& text, bool (*allowed)(char))
{
    return !text.empty() && std::all_of(text.begin(), text.end(), allowed);
}

bool is_numeric_code(const std::string& code)
{
    return all_of_chars(code, [](char c) { return c >= '0' && c <= '9'; });
}

// Vtiger's web-service codes: INVALID_ID_ATTRIBUTE, RECORD_NOT_FOUND, …
bool is_ws_code(const std::string& code)
{
    return all_of_chars(code, [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

}

bool is_api_error(const base::Error& error) { return is_numeric_code(error.code()) || is_ws_code(error.code()); }

std::string success_body(const json::Value& result)
{
    json::Value envelope = json::Value::object();
    envelope.set("success", json::Value::boolean(true));
    envelope.set("result", result);
    return json::serialize(envelope);
}

std::string error_body(const base::Error& error)
{
    if (error.is(k_result_unset))
        return R"({"success":false,"error":null})";
    json::Value detail = json::Value::object();
    if (is_numeric_code(error.code())) {
        detail.set("code", json::Value::number_text(error.code()));
        detail.set("message", error.message());
    } else if (is_ws_code(error.code())) {
        detail.set("code", error.code());
        detail.set("message", error.message());
    } else {
        detail.set("code", "DATABASE_QUERY_ERROR");
        detail.set("message", "Database error while performing required operation");
    }
    json::Value envelope = json::Value::object();
    envelope.set("success", json::Value::boolean(false));
    envelope.set("error", std::move(detail));
    return json::serialize(envelope);
}

}
