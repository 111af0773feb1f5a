#include "reference-crm/api/commented_record.h"

#include "reference-crm/api/api_error.h"

#include <algorithm>

namespace refcrm::api {

namespace {

// Cases and FAQs always take comments; other modules (projects, project
// tasks) when the portal settings show a comments tab on their page.
bool takes_comments(const PortalSettings& settings, std::string_view module)
{
    if (module == "HelpDesk" || module == "Faq")
        return true;
    auto tabs = settings.related_modules(module);
    return tabs && std::find(tabs->begin(), tabs->end(), "ModComments") != tabs->end();
}

}

base::Result<void> check_commented_record(OperationContext& context, const WsId& id)
{
    const ModuleDef* def = find_module_by_type(id.type_id);
    if (!def || !takes_comments(context.settings, def->name))
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
