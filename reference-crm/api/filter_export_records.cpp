#include "base/strings.h"
#include "reference-crm/api/api_error.h"
#include "reference-crm/api/list_parameters.h"

namespace refcrm::api {

namespace {

constexpr std::int64_t k_filter_default_limit = 50;
constexpr std::int64_t k_max_limit = 100;
// ExportRecords has no paging on the wire; this bounds one answer.
constexpr std::int64_t k_export_limit = 10'000;

json::Value array_of(std::vector<json::Value> records)
{
    json::Value list = json::Value::array();
    for (auto& record : records)
        list.push(std::move(record));
    return list;
}

base::Result<std::int64_t> parse_limit(const ApiCall& call)
{
    std::string text(base::trim(call.field("limit").value_or("")));
    if (text.empty())
        return k_filter_default_limit;
    auto limit = base::parse_int(text);
    if (!limit || *limit <= 0)
        return api_error("Invalid limit");
    return std::min(*limit, k_max_limit);
}

// FilterRecords names the sort field "field" and the direction "orderBy".
base::Result<void> parse_filter_order(const ApiCall& call, const PortalModule& module, RecordQuery& query)
{
    std::string field = call.field("field").value_or("");
    if (!field.empty()) {
        const PortalField* visible = module.visible_field(field);
        if (!visible)
            return api_error("filter by field not accessible");
        query.order_by = visible->field;
    }
    std::string direction = base::to_lower(call.field("orderBy").value_or(""));
    if (direction != "" && direction != "asc" && direction != "desc")
        return api_error("Invalid sorting order");
    query.ascending = direction == "asc";
    return {};
}

}

// A plain array of records in the configured scope, ordered by "field"
// (A.2.11). The client's mode is honoured only as a narrowing.
base::Result<json::Value> filter_records(OperationContext& context)
{
    const PortalModule* module = context.settings.enabled_module(context.call.field("module").value_or(""));
    if (!module)
        return api_error("Module not accessible");
    RecordQuery query;
    query.module = module;
    query.scope = scope_clause(*module->def, context.customer, TRY(effective_mode(context.call, *module)));
    TRY(parse_filter_order(context.call, *module, query));
    query.paging = Paging { 0, TRY(parse_limit(context.call)) };
    return array_of(TRY(select_records(context.db, query)));
}

// Every matching record in scope, unpaged, for a client-side CSV (A.2.12).
base::Result<json::Value> export_records(OperationContext& context)
{
    const PortalModule* module = context.settings.enabled_module(context.call.field("module").value_or(""));
    if (!module)
        return api_error("Module not accessible");
    RecordQuery query = TRY(filtered_query(context, *module));
    // A stock Vtiger 8.3 answers every ExportRecords with an empty list (capture 153).
    if (context.settings.stock_vtiger())
        return json::Value::array();
    query.paging = Paging { 0, k_export_limit };
    return array_of(TRY(select_records(context.db, query)));
}

}
