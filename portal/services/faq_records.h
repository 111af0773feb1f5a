#pragma once

#include "base/result.h"
#include "portal/context.h"

#include <string>

// What the knowledge-base services share: how an FAQ list is asked for and
// how an FAQ category is named.
namespace portal {

crm::RecordsQuery faq_query(const Session& session);

// What every knowledge-base call needs: the customer's credentials and the
// Faq module's description. Fails when the CRM offers no knowledge base.
struct FaqAccess {
    crm::Credentials credentials;
    crm::ModuleDescription description;
};
base::Result<FaqAccess> faq_access(const Context& context, const Session& session, const std::string& language);

// The same, for one article: fails with k_record_not_found when the id is
// no FAQ's (a case id in an article URL).
base::Result<FaqAccess> faq_access(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& article);

// The category's label in the customer's language, the value itself when
// the CRM has none.
std::string category_label(const crm::ModuleDescription& description, const std::string& value);

}
