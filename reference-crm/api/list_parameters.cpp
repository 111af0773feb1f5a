#include "reference-crm/api/list_parameters.h"

#include "base/strings.h"
#include "reference-crm/api/api_error.h"

namespace refcrm::api {

// mode=all widens only when the module is configured "all"; mine always
// narrows (docs/json-api.md, Holes #6).
base::Result<ScopeMode> effective_mode(const ApiCall& call, const PortalModule& module)
{
    std::string mode = call.field("mode").value_or("");
    if (mode != "" && mode != "mine" && mode != "all")
        return api_error("Invalid mode");
    if (mode == "mine")
        return ScopeMode::mine;
    return module.configured_mode();
}

namespace {

base::Result<std::string> filter_text(const std::string& name, const json::Value& value)
{
    switch (value.kind()) {
    case json::Value::Kind::string:
    case json::Value::Kind::number:
    case json::Value::Kind::boolean:
        return value.text();
    case json::Value::Kind::null:
        return std::string();
    default:
        return api_error(name + " is not accessible.");
    }
}

}

base::Result<std::vector<FieldFilter>> parse_filters(const ApiCall& call, const PortalModule& module)
{
    std::vector<FieldFilter> filters;
    std::string text = call.field("fields").value_or("");
    if (base::trim(text).empty())
        return filters;
    auto parsed = json::parse(text);
    if (!parsed.ok() || !(parsed->is_object() || (parsed->is_array() && parsed->items().empty())))
        return api_error("Invalid fields");
    for (const auto& [name, value] : parsed->members()) {
        const PortalField* field = module.visible_field(name);
        if (!field)
            return api_error(name + " is not accessible.");
        filters.push_back({ field->field, TRY(filter_text(name, value)) });
    }
    return filters;
}

base::Result<bool> parse_group_any(const ApiCall& call)
{
    std::string group = base::to_lower(call.field("groupConditions").value_or(""));
    if (group == "" || group == "and")
        return false;
    if (group == "or")
        return true;
    return api_error("Invalid groupConditions");
}

base::Result<void> parse_order(const ApiCall& call, const PortalModule& module, RecordQuery& query)
{
    std::string order_by = call.field("orderBy").value_or("");
    if (!order_by.empty()) {
        const PortalField* field = module.visible_field(order_by);
        if (!field)
            return api_error("sort by " + order_by + " not allowed");
        query.order_by = field->field;
    }
    std::string order = base::to_lower(call.field("order").value_or(""));
    if (order != "" && order != "asc" && order != "desc")
        return api_error("Invalid sorting order");
    query.ascending = order == "asc";
    return {};
}

base::Result<RecordQuery> filtered_query(OperationContext& context, const PortalModule& module)
{
    RecordQuery query;
    query.module = &module;
    query.scope = scope_clause(*module.def, context.customer, TRY(effective_mode(context.call, module)));
    query.filters = TRY(parse_filters(context.call, module));
    query.filters_any = TRY(parse_group_any(context.call));
    return query;
}

}
