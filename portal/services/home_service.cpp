#include "portal/services/home_service.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"
#include "crm-connector/parallel.h"
#include "portal/services/auth_service.h"
#include "portal/services/case_filter.h"
#include "portal/services/case_service.h"
#include "portal/services/record_lists.h"

#include <algorithm>
#include <iterator>

namespace portal {

namespace {

bool shows_case_widget(const std::vector<crm::RecentRecords>& recent)
{
    return std::any_of(
        recent.begin(), recent.end(), [](const crm::RecentRecords& widget) { return widget.module == k_cases_module; });
}

// Bars in the picklist's order, values the picklist does not know after it;
// values no open case has are left out.
std::vector<ChartBar> count_by(
    const std::vector<crm::Record>& cases, const crm::ModuleDescription& description, std::string_view field)
{
    std::vector<std::pair<std::string, ChartBar>> bars;
    if (const auto* described = description.field(field)) {
        for (const auto& choice : described->picklist_values)
            bars.push_back({ choice.value, ChartBar { choice.label.empty() ? choice.value : choice.label, 0 } });
    }
    for (const auto& record : cases) {
        std::string value = record.value_of(field);
        auto found = std::find_if(bars.begin(), bars.end(), [&](const auto& bar) { return bar.first == value; });
        if (found == bars.end())
            found = bars.emplace(bars.end(), value, ChartBar { value.empty() ? "\u2014" : value, 0 });
        ++found->second.count;
    }
    std::vector<ChartBar> result;
    for (auto& [value, bar] : bars) {
        if (bar.count > 0)
            result.push_back(std::move(bar));
    }
    return result;
}

void add_charts(HomePage& home, const std::vector<crm::Record>& cases, const crm::ModuleDescription& description)
{
    std::vector<crm::Record> open;
    std::copy_if(cases.begin(), cases.end(), std::back_inserter(open),
        [](const crm::Record& record) { return !is_closed_status(record.value_of("ticketstatus")); });
    home.case_charts = true;
    home.open_cases = static_cast<int>(open.size());
    home.open_by_status = count_by(open, description, "ticketstatus");
    home.open_by_priority = count_by(open, description, "ticketpriorities");
}

// FetchProfile sends the assigned users as bare ids; the only user the
// customer-portal API names is the default assignee (FetchModules).
std::vector<Representative> representatives_of(const Session& session, const crm::Profile& profile)
{
    const crm::Reference& known = session.modules().default_assignee;
    std::vector<Representative> found;
    auto add = [&](const crm::Record& record, bool organisation) {
        std::string owner = record.value_of("assigned_user_id");
        bool named = !owner.empty() && owner == known.id && !known.label.empty();
        bool repeated = std::any_of(found.begin(), found.end(), [&](const auto& r) { return r.name == known.label; });
        if (named && !repeated)
            found.push_back({ known.label, organisation });
    };
    add(profile.contact, false);
    if (profile.organisation)
        add(*profile.organisation, true);
    return found;
}

crm::RecordsQuery all_cases(const Session& session)
{
    crm::RecordsQuery query;
    query.module = k_cases_module;
    query.scope = crm::Scope::mine;
    if (const auto* info = session.modules().find(k_cases_module))
        query.module_label = info->label;
    return query;
}

// The parts of the home page as they came: each one that failed is logged
// and left out.
struct Parts {
    int taken = 0;
    int failed = 0;
    bool refused_login = false;
    std::optional<base::Error> first_error;

    template<typename T>
    std::optional<T> take(base::Result<T> result, const char* what)
    {
        ++taken;
        if (result.ok())
            return std::move(result.value());
        ++failed;
        base::log::warning("home", std::string("left out the ") + what + ": " + result.error().message());
        refused_login = refused_login || result.error().is(crm::error_codes::k_wrong_credentials);
        if (!first_error)
            first_error = result.error();
        return std::nullopt;
    }
};

}

base::Result<HomePage> home_page(const Context& context, const Session& session, const std::string& language)
{
    crm::Credentials credentials = TRY(credentials_of(context, session, language));
    bool cases_enabled = session.modules().find(k_cases_module) != nullptr;
    auto& client = context.crm;
    auto [announcement, recent, profile, company, shortcuts, description, cases]
        = crm::run_parallel([&] { return client.fetch_announcement(credentials); },
            [&] { return client.fetch_recent_records(credentials); }, [&] { return client.fetch_profile(credentials); },
            [&]() -> base::Result<crm::Record> {
                if (auto cached = session.cached_company())
                    return *cached;
                return client.fetch_company_details(credentials);
            },
            [&]() -> base::Result<std::vector<crm::ModuleNames>> {
                if (auto cached = session.cached_shortcuts())
                    return *cached;
                return client.fetch_shortcuts(credentials);
            },
            [&]() -> base::Result<crm::ModuleDescription> {
                if (!cases_enabled)
                    return crm::ModuleDescription {};
                return describe(context, session, language, k_cases_module);
            },
            [&]() -> base::Result<std::vector<crm::Record>> {
                if (!cases_enabled)
                    return std::vector<crm::Record> {};
                return every_record(context, credentials, all_cases(session));
            });
    HomePage home;
    Parts parts;
    home.announcement = parts.take(std::move(announcement), "announcement").value_or("");
    home.recent = parts.take(std::move(recent), "recent records").value_or(std::vector<crm::RecentRecords> {});
    home.company = parts.take(std::move(company), "company details").value_or(crm::Record {});
    home.shortcuts = parts.take(std::move(shortcuts), "shortcuts").value_or(std::vector<crm::ModuleNames> {});
    auto profile_part = parts.take(std::move(profile), "profile");
    auto cases_part = parts.take(std::move(cases), "cases");
    auto description_part = parts.take(std::move(description), "case fields");
    // One failing part leaves the rest of the page; the CRM refusing the
    // login, or failing every part, is the page's failure.
    if (parts.first_error && (parts.refused_login || parts.failed == parts.taken))
        return *parts.first_error;
    home.missing_parts = parts.failed;
    if (parts.failed == 0) {
        session.cache_company(home.company);
        session.cache_shortcuts(home.shortcuts);
    }
    if (profile_part)
        home.representatives = representatives_of(session, *profile_part);
    if (cases_enabled && shows_case_widget(home.recent) && cases_part && description_part)
        add_charts(home, *cases_part, *description_part);
    return home;
}

}
