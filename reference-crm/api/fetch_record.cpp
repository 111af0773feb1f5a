#include "reference-crm/api/api_error.h"
#include "reference-crm/api/line_items.h"
#include "reference-crm/api/operation.h"
#include "reference-crm/api/parent_record.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

// One record with its visible fields, {"record":{…}} (docs/json-api.md, Records).
// The module comes from the id, the scope from the settings; a record that
// does not exist looks the same as one out of scope. Quotes and invoices
// carry their LineItems. Reading an FAQ counts a view (an extension,
// migration 007).
base::Result<json::Value> fetch_record(OperationContext& context)
{
    WsId id = TRY(parse_record_id(context.call, "recordId"));
    const ModuleDef* def = find_module_by_type(id.type_id);
    const PortalModule* module = def ? context.settings.enabled_module(def->name) : nullptr;
    if (!module)
        return api_error("Records not Accessible for this module");
    // A stock Vtiger refuses FetchRecord of the customer's own organisation
    // (capture 155); FetchProfile carries it.
    if (context.settings.stock_vtiger() && def->name == std::string_view("Accounts"))
        return api_error("Record not Accessible");
    auto parent = TRY(checked_parent(context));
    RecordQuery query;
    query.module = module;
    query.scope = scope_clause(*def, context.customer, module->configured_mode());
    restrict_to_parent(query.scope, *def, parent);
    query.only_id = id.row_id;
    auto records = TRY(select_records(context.db, query));
    if (records.empty())
        return api_error("Record not Accessible");
    if (def->type_id == k_faq_type)
        TRY(context.db.update(
            "UPDATE faqs SET view_count = view_count + 1 WHERE id = ?", { storage::Param(id.row_id) }));
    json::Value record = std::move(records.front());
    // A stock Vtiger sends no line items (capture 161).
    if (auto items = TRY(line_items(context.db, *def, id.row_id)); items && !context.settings.stock_vtiger())
        record.set("LineItems", std::move(*items));
    json::Value result = json::Value::object();
    result.set("record", std::move(record));
    return result;
}

}
