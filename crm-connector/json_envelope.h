#pragma once

// Internal to crm-connector (includes nlohmann/json): other folders use
// json_client.h.

#include "base/result.h"
#include "crm-connector/http_transport.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace crm {

// Objects keep their members in the order the CRM sent them.
using Json = nlohmann::ordered_json;

// The `result` of a customer-portal envelope (docs/json-api.md, Envelope), or an Error
// with a code from crm_error.h whose message starts with the operation's name.
// secret (the password) never appears in a message.
base::Result<Json> decode_envelope(std::string_view operation, const HttpReply& reply, std::string_view secret);

// {"success":false,"error":null}: Vtiger's answer when an operation set no
// result (docs/json-api.md, Envelope).
bool is_failure_without_details(const HttpReply& reply);

// A readable piece of a body for an error message: one line, at most
// max_bytes, cut on a UTF-8 character boundary, secret hidden.
std::string excerpt(std::string_view body, std::string_view secret, std::size_t max_bytes = 120);

}
