#include "portal/services/profile_fields.h"

#include <algorithm>

namespace portal {

namespace {

constexpr ProfileField k_contact_fields[] = {
    { "salutationtype", "string", "LBL_FIELD_SALUTATION" },
    { "firstname", "string", "LBL_FIELD_FIRST_NAME", true },
    { "lastname", "string", "LBL_FIELD_LAST_NAME", true },
    { "title", "string", "LBL_FIELD_JOB_TITLE", true },
    { "department", "string", "LBL_FIELD_DEPARTMENT", true },
    { "email", "email", "LBL_EMAIL" },
    { "secondaryemail", "email", "LBL_FIELD_SECONDARY_EMAIL", true },
    { "phone", "phone", "LBL_FIELD_PHONE", true },
    { "mobile", "phone", "LBL_FIELD_MOBILE", true },
    { "homephone", "phone", "LBL_FIELD_HOME_PHONE", true },
    { "mailingstreet", "text", "LBL_FIELD_STREET", true },
    { "mailingcity", "string", "LBL_FIELD_CITY", true },
    { "mailingzip", "string", "LBL_FIELD_POSTAL_CODE", true },
    { "mailingcountry", "string", "LBL_FIELD_COUNTRY", true },
};

constexpr ProfileField k_organisation_fields[] = {
    { "accountname", "string", "LBL_FIELD_ORGANISATION_NAME" },
    { "account_no", "string", "LBL_FIELD_ORGANISATION_NUMBER" },
    { "email1", "email", "LBL_EMAIL" },
    { "phone", "phone", "LBL_FIELD_PHONE" },
    { "website", "url", "LBL_FIELD_WEBSITE" },
    { "bill_street", "text", "LBL_FIELD_STREET" },
    { "bill_city", "string", "LBL_FIELD_CITY" },
    { "bill_code", "string", "LBL_FIELD_POSTAL_CODE" },
    { "bill_country", "string", "LBL_FIELD_COUNTRY" },
};

}

std::span<const ProfileField> contact_fields() { return k_contact_fields; }
std::span<const ProfileField> organisation_fields() { return k_organisation_fields; }

crm::ModuleDescription with_profile_fields(const Catalog& words, const crm::ModuleDescription& description,
    const crm::Record& record, std::span<const ProfileField> fields)
{
    crm::ModuleDescription shown = description;
    shown.fields.clear();
    for (const auto& profile_field : fields) {
        const crm::FieldDescription* described = description.field(profile_field.name);
        if (described) {
            shown.fields.push_back(*described);
            continue;
        }
        if (record.value_of(profile_field.name).empty())
            continue;
        crm::FieldDescription added;
        added.name = profile_field.name;
        added.type = profile_field.type;
        added.label = words.text(std::string(profile_field.word));
        shown.fields.push_back(std::move(added));
    }
    for (const auto& field : description.fields) {
        bool listed
            = std::any_of(fields.begin(), fields.end(), [&](const ProfileField& f) { return f.name == field.name; });
        if (!listed)
            shown.fields.push_back(field);
    }
    return shown;
}

}
