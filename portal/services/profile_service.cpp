#include "portal/services/profile_service.h"
#include "portal/services/extension_catalog.h"

#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_service.h"
#include "portal/services/profile_fields.h"

namespace portal {

namespace {

// Types the profile form can offer as inputs; references, owners and images
// stay read-only whatever the CRM says.
bool is_form_type(const std::string& type)
{
    for (const char* known :
        { "string", "text", "email", "phone", "url", "date", "integer", "double", "currency", "picklist", "boolean" }) {
        if (type == known)
            return true;
    }
    return false;
}

// Edits are allowed when the CRM lists Contacts with edit on; stock Vtiger
// hides Contacts from FetchModules, where the describe's editable flags
// alone decide (docs/json-api.md, The CRM's portal settings).
bool contacts_editable(const Session& session)
{
    const auto* module = session.modules().find(k_contacts_module);
    return !module || module->can_edit;
}

// A stock Vtiger's SaveRecord takes any field of the customer's own contact
// (it skips the portal fields for Contacts, capture 133): the contact's
// usual fields become editable although DescribeModule lists only a few.
void add_vtiger_writable_fields(ProfilePage& profile)
{
    for (const auto& candidate : contact_fields()) {
        if (!candidate.writable_on_vtiger || profile.description.field(candidate.name)
            || !profile.contact.field(candidate.name))
            continue;
        crm::FieldDescription field;
        field.name = candidate.name;
        field.type = candidate.type;
        field.editable = true;
        profile.description.fields.push_back(std::move(field));
    }
}

}

base::Result<ProfilePage> profile_page(const Context& context, const Session& session, const std::string& language)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    auto id = crm::RecordId::parse(session.modules().contact.id);
    if (!id)
        return base::Error("portal.no_contact", "the CRM named no contact for this login");
    auto [description, fetched]
        = crm::run_parallel([&] { return describe(context, session, language, k_contacts_module); },
            [&] { return context.crm.fetch_profile(credentials); });
    ProfilePage profile { TRY(std::move(fetched)).contact, TRY(std::move(description)), {} };
    if (!(profile.contact.id == *id))
        return base::Error("portal.no_contact", "FetchProfile answered another contact than the login's");
    if (contacts_editable(session) && !context.extensions.any())
        add_vtiger_writable_fields(profile);
    if (contacts_editable(session)) {
        for (const auto& field : profile.description.fields) {
            if (field.editable && is_form_type(field.type))
                profile.editable.push_back(&field);
        }
    }
    return profile;
}

base::Result<RecordWithRelated> organisation_page(
    const Context& context, const Session& session, const std::string& language, const crm::RecordId& id)
{
    auto detail = record_with_related(context, session, language, k_accounts_module, id);
    if (detail.ok() || !detail.error().is(crm::error_codes::k_access_denied))
        return detail;
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    auto [description, fetched]
        = crm::run_parallel([&] { return describe(context, session, language, k_accounts_module); },
            [&] { return context.crm.fetch_profile(credentials); });
    crm::Profile profile = TRY(std::move(fetched));
    if (!profile.organisation)
        return detail;
    RecordWithRelated organisation { std::move(*profile.organisation), TRY(std::move(description)), {} };
    organisation.record.id = id;
    return organisation;
}

std::vector<FormField> profile_form_fields(const ProfilePage& profile)
{
    std::vector<FormField> fields;
    for (const auto* field : profile.editable)
        fields.push_back({ *field, {}, true, std::nullopt });
    return fields;
}

ProfileForm read_profile_form(const ProfilePage& profile, const std::multimap<std::string, std::string>& form)
{
    auto fields = profile_form_fields(profile);
    ProfileForm read;
    read.values = posted_values(fields, form);
    read.problems = check_values(fields, read.values);
    return read;
}

base::Result<int> save_profile(const Context& context, const Session& session, const std::string& language,
    const ProfilePage& profile, const ProfileForm& form)
{
    crm::SaveRequest request;
    request.module = k_contacts_module;
    request.record = profile.contact.id;
    for (const auto& [name, value] : form.values) {
        if (profile.contact.value_of(name) != value)
            request.values.emplace_back(name, value);
    }
    if (request.values.empty())
        return 0;
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    TRY(context.crm.save_record(credentials, request));
    return static_cast<int>(request.values.size());
}

}
