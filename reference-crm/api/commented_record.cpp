#include "reference-crm/api/commented_record.h"

#include "reference-crm/api/api_error.h"

namespace refcrm::api {

base::Result<void> check_commented_record(OperationContext& context, const WsId& id)
{
    const ModuleDef* def = find_module_by_type(id.type_id);
    if (!def || (def->name != "HelpDesk" && def->name != "Faq"))
        return api_error("Comments not accessible for this record");
    const PortalModule* module = context.settings.enabled_module(def->name);
    if (!module)
        return api_error("Module not Accessible");
    bool visible = TRY(is_record_accessible(context.db, *def, context.customer, module->configured_mode(), id.row_id));
    if (!visible)
        return api_error(def->name == "Faq" ? "This Faq is not published" : "Record not accessible");
    return {};
}

}
