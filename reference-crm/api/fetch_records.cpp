#include "reference-crm/api/api_error.h"
#include "reference-crm/api/list_parameters.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

namespace {

base::Result<RecordQuery> build_query(OperationContext& context, const PortalModule& module)
{
    RecordQuery query = TRY(filtered_query(context, module));
    TRY(parse_order(context.call, module, query));
    if (module.def->paged)
        query.paging = TRY(parse_paging(context.call));
    return query;
}

}

// A page of the module's records in scope as {"0":{…},"1":{…},"count":"N"}
// (docs/json-api.md, Lists); Contacts/Accounts: the own record, count null.
base::Result<json::Value> fetch_records(OperationContext& context)
{
    const PortalModule* module = context.settings.enabled_module(context.call.field("module").value_or(""));
    if (!module)
        return api_error("Module not accessible");
    // Vtiger resolves the label to a relation; one that names none fails
    // (capture 53). The label never widens the scope.
    std::string label = context.call.field("moduleLabel").value_or("");
    if (!label.empty() && label != module->def->label())
        return api_error("UNKOWN_ENTITY", "Relation specified is incorrect");
    RecordQuery query = TRY(build_query(context, *module));
    auto records = TRY(select_records(context.db, query));
    json::Value result = json::Value::object();
    for (std::size_t i = 0; i < records.size(); ++i)
        result.set(std::to_string(i), std::move(records[i]));
    // A stock Vtiger counts nothing: "count":"" (capture 151).
    if (module->def->paged && context.settings.stock_vtiger())
        result.set("count", "");
    else if (module->def->paged)
        result.set("count", std::to_string(TRY(count_records(context.db, query))));
    else
        result.set("count", json::Value());
    return result;
}

}
