#include "crm-connector/json_call.h"

#include "crm-connector/json_envelope.h"

#include <algorithm>

namespace crm {

namespace {

constexpr int k_default_page_limit = 50;
constexpr int k_max_page_limit = 100;

}

base::Error with_operation(std::string_view operation, const base::Error& error, std::string_view secret)
{
    return base::Error(error.code(), hide_secret(std::string(operation) + ": " + error.message(), secret));
}

std::string field_values_as_json(const FieldValues& values)
{
    Json object = Json::object();
    for (const auto& [field, value] : values)
        object[field] = value;
    return object.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string_view scope_name(Scope scope) { return scope == Scope::all ? "all" : "mine"; }

void add_paging(std::vector<FormField>& fields, int page, int page_limit)
{
    if (page = std::max(page, 0); page != 0)
        fields.push_back({ "page", std::to_string(page) });
    if (int limit = std::clamp(page_limit, 1, k_max_page_limit); limit != k_default_page_limit)
        fields.push_back({ "pageLimit", std::to_string(limit) });
}

void add_id(std::vector<FormField>& fields, std::string_view name, const std::optional<RecordId>& id)
{
    if (id)
        fields.push_back({ std::string(name), id->to_string() });
}

base::Error hide_in_error(const base::Error& error, std::string_view secret)
{
    return base::Error(error.code(), hide_secret(error.message(), secret));
}

}
