#include "reference-crm/api/related_records.h"

#include "reference-crm/api/api_error.h"
#include "reference-crm/api/parent_record.h"
#include "reference-crm/api/request_values.h"

namespace refcrm::api {

namespace {

// Which record lists hang under which parents (A.2.15, A.3.5). An FAQ's
// documents are those linked to that published FAQ (A.8.8).
bool is_related_list(std::string_view related_module, int parent_type)
{
    if (related_module == "Documents")
        return parent_type == k_helpdesk_type || parent_type == k_project_type || parent_type == k_faq_type;
    if (related_module == "ProjectTask" || related_module == "ProjectMilestone")
        return parent_type == k_project_type;
    return false;
}

}

base::Result<json::Value> fetch_related_list(OperationContext& context, std::string_view related_module)
{
    WsId id = TRY(parse_record_id(context.call, "recordId"));
    const PortalModule* related = context.settings.enabled_module(related_module);
    if (!related || !is_related_list(related_module, id.type_id))
        return api_error("Module not Accessible");
    TRY(check_record_reachable(context, id));
    RecordQuery query;
    query.module = related;
    query.scope = scope_clause(*related->def, context.customer, related->configured_mode());
    restrict_to_parent(query.scope, *related->def, id);
    query.paging = TRY(parse_paging(context.call));
    json::Value list = json::Value::array();
    for (auto& record : TRY(select_records(context.db, query)))
        list.push(std::move(record));
    return list;
}

}
