// Decoders of the home page's operations: FetchProfile, FetchShortcuts,
// FetchLabelFields, FetchRecentRecords.

#include "crm-connector/json_decode.h"

namespace crm {

namespace {

// {"HelpDesk":[…]}: one module named by the object's single key.
std::optional<std::pair<std::string, const Json*>> single_module(const Json& entry)
{
    if (!entry.is_object() || entry.empty())
        return std::nullopt;
    auto first = entry.begin();
    return std::pair(first.key(), &first.value());
}

}

base::Result<Profile> decode_profile(const Json& result)
{
    const Json& contact = member(result, "customer_details");
    if (!contact.is_object())
        return unexpected("the profile has no customer_details");
    Profile profile { TRY(decode_record(contact)), std::nullopt };
    if (const Json& company = member(result, "company_details"); company.is_object() && !company.empty())
        profile.organisation = TRY(decode_record(company));
    return profile;
}

base::Result<std::vector<ModuleNames>> decode_module_names(const Json& list)
{
    if (!list.is_null() && !list.is_array() && !list.is_object())
        return unexpected("the list of modules is neither an array nor an object");
    std::vector<ModuleNames> modules;
    for (const Json* entry : elements_in_order(list)) {
        auto module = single_module(*entry);
        if (!module)
            return unexpected("an entry of the list of modules is not {\"<module>\":[…]}");
        ModuleNames names { module->first, {} };
        for (const Json* name : elements_in_order(*module->second))
            names.names.push_back(text_of(*name));
        modules.push_back(std::move(names));
    }
    return modules;
}

base::Result<std::vector<RecentRecords>> decode_recent_records(const Json& result)
{
    if (!result.is_null() && !result.is_array() && !result.is_object())
        return unexpected("the recent records are neither an array nor an object");
    std::vector<RecentRecords> widgets;
    for (const Json* entry : elements_in_order(result)) {
        auto module = single_module(*entry);
        if (!module)
            return unexpected("an entry of the recent records is not {\"<module>\":[…]}");
        widgets.push_back(RecentRecords { module->first, TRY(decode_record_list(*module->second)) });
    }
    return widgets;
}

}
