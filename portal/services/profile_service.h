#pragma once

#include "base/result.h"
#include "portal/context.h"
#include "portal/forms/form.h"
#include "portal/services/related_records_service.h"

#include <map>
#include <string>
#include <vector>

namespace portal {

inline constexpr const char* k_contacts_module = "Contacts";
inline constexpr const char* k_accounts_module = "Accounts";

// The customer's own contact record with the fields the CRM shows them.
struct ProfilePage {
    crm::Record contact;
    crm::ModuleDescription description;
    std::vector<const crm::FieldDescription*> editable; // into description; empty: nothing to edit
};

// The contact comes from FetchProfile, which carries every field of the
// contact even where the CRM's portal fields for Contacts are only a few (a
// stock Vtiger shares the last name alone, capture 73 against 157).
base::Result<ProfilePage> profile_page(const Context& context, const Session& session, const std::string& language);

// The customer's organisation with its related records; where the CRM
// refuses FetchRecord of it (a stock Vtiger does: "Record not Accessible",
// capture 155), the organisation FetchProfile carries, without related parts.
base::Result<RecordWithRelated> organisation_page(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id);

// The form of the editable fields (the form engine's, forms/form.h).
std::vector<FormField> profile_form_fields(const ProfilePage& profile);

// What the customer typed for each editable field, and what is wrong with it.
struct ProfileForm {
    FormValues values;
    std::vector<FormProblem> problems;
};

// Reads and checks only the fields the CRM marks editable: any other field
// in the form (a crafted POST) is ignored.
ProfileForm read_profile_form(const ProfilePage& profile, const std::multimap<std::string, std::string>& form);

// SaveRecord of the changed values on the customer's own contact record.
// Answers how many fields changed.
base::Result<int> save_profile(const Context& context, const Session& session, const std::string& language,
    const ProfilePage& profile, const ProfileForm& form);

}
