#include "portal/services/faq_records.h"

#include "crm-connector/crm_error.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/faq_service.h"

namespace portal {

crm::RecordsQuery faq_query(const Session& session)
{
    crm::RecordsQuery query;
    query.module = k_faq_module;
    if (const auto* info = session.modules().find(k_faq_module))
        query.module_label = info->label;
    return query;
}

base::Result<FaqAccess> faq_access(const Context& context, const Session& session, const std::string& language)
{
    if (!session.modules().find(k_faq_module))
        return base::Error("portal.module_disabled", "the CRM does not offer the knowledge base to this customer");
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    return FaqAccess { std::move(credentials), TRY(describe(context, session, language, k_faq_module)) };
}

base::Result<FaqAccess> faq_access(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& article)
{
    FaqAccess access = TRY(faq_access(context, session, language));
    if (std::to_string(article.module_prefix()) != access.description.id_prefix)
        return base::Error(std::string(crm::error_codes::k_record_not_found), article.to_string() + " is not an FAQ");
    return access;
}

std::string category_label(const crm::ModuleDescription& description, const std::string& value)
{
    if (const auto* field = description.field("faqcategories")) {
        for (const auto& choice : field->picklist_values) {
            if (choice.value == value && !choice.label.empty())
                return choice.label;
        }
    }
    return value;
}

}
