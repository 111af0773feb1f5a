#include "reference-crm/api/request_values.h"

#include "base/strings.h"
#include "reference-crm/api/api_error.h"

namespace refcrm::api {

namespace {

constexpr std::int64_t k_default_page_limit = 50;
constexpr std::int64_t k_max_page_limit = 100;
constexpr std::int64_t k_max_page = 1'000'000;

base::Result<std::int64_t> integer_field(const ApiCall& call, std::string_view name, std::int64_t fallback)
{
    auto text = call.field(name);
    if (!text || base::trim(*text).empty())
        return fallback;
    auto value = base::parse_int(base::trim(*text));
    if (!value || *value < 0)
        return api_error("Invalid " + std::string(name));
    return *value;
}

}

base::Result<Paging> parse_paging(const ApiCall& call)
{
    std::int64_t page = TRY(integer_field(call, "page", 0));
    std::int64_t limit = TRY(integer_field(call, "pageLimit", k_default_page_limit));
    if (page > k_max_page)
        return api_error("Invalid page");
    if (limit == 0)
        return api_error("Invalid pageLimit");
    limit = std::min(limit, k_max_page_limit);
    return Paging { page * limit, limit };
}

base::Result<WsId> parse_record_id(const ApiCall& call, std::string_view field_name)
{
    auto id = parse_ws_id(call.field(field_name).value_or(""));
    if (!id || id->row_id == 0)
        return api_error("INVALID_ID_ATTRIBUTE", "Id specified is incorrect");
    return *id;
}

}
