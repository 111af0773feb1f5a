#pragma once

// Internal to crm-connector: small pieces the JsonCrmClient's operation
// files share (json_client_*.cpp).

#include "base/result.h"
#include "crm-connector/crm_records.h"
#include "crm-connector/http_transport.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {

// "<operation>: <message>", with secret hidden.
base::Error with_operation(std::string_view operation, const base::Error& error, std::string_view secret);

// Prefixes a decoding error with the operation's name.
template<typename T>
base::Result<T> named(std::string_view operation, base::Result<T> result)
{
    if (result.ok())
        return result;
    return with_operation(operation, result.error(), {});
}

// {"field":"value",…} as one line of JSON text, in the given order.
std::string field_values_as_json(const FieldValues& values);

std::string_view scope_name(Scope scope);

// page and pageLimit, leaving out the CRM's defaults (page 0, 50 rows) as
// the stock clients do; pageLimit is clamped to the CRM's cap of 100.
void add_paging(std::vector<FormField>& fields, int page, int page_limit);

void add_id(std::vector<FormField>& fields, std::string_view name, const std::optional<RecordId>& id);

// The same error, with secret (e.g. a new password) hidden from its message.
base::Error hide_in_error(const base::Error& error, std::string_view secret);

}
