#include "portal/services/support_period.h"

#include "base/log.h"
#include "base/strings.h"
#include "portal/context.h"
#include "portal/services/auth_service.h"

namespace portal {

namespace {

constexpr auto k_keep = std::chrono::hours(1);

// The CRM's answer for one customer; "" when it has no end date.
std::optional<std::string> ask_crm(const Context& context, const Session& session)
{
    auto credentials = credentials_of(context, session, session.language());
    auto profile
        = credentials.ok() ? context.crm.fetch_profile(*credentials) : base::Result<crm::Profile>(credentials.error());
    // A failure is remembered as "no end date" too: the notice is not worth a
    // failing CRM call on every page.
    std::string end;
    if (profile.ok())
        end = profile->contact.value_of("support_end_date");
    else
        base::log::warning("support", "no support dates for the notice: " + profile.error().message());
    context.support_periods.remember(session.modules().contact.id, end);
    return end;
}

}

void SupportPeriods::remember(const std::string& contact_id, std::string end_date)
{
    std::lock_guard lock(m_mutex);
    m_entries[contact_id] = { std::move(end_date), m_now() + k_keep };
}

std::optional<std::string> SupportPeriods::end_date(const std::string& contact_id) const
{
    std::lock_guard lock(m_mutex);
    auto found = m_entries.find(contact_id);
    if (found == m_entries.end() || found->second.expires <= m_now())
        return std::nullopt;
    return found->second.end_date;
}

std::optional<int> days_until(std::string_view date, std::chrono::sys_days today)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return std::nullopt;
    auto year = base::parse_int(date.substr(0, 4));
    auto month = base::parse_int(date.substr(5, 2));
    auto day = base::parse_int(date.substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    std::chrono::year_month_day ymd { std::chrono::year(static_cast<int>(*year)),
        std::chrono::month(static_cast<unsigned>(*month)), std::chrono::day(static_cast<unsigned>(*day)) };
    if (!ymd.ok())
        return std::nullopt;
    return static_cast<int>((std::chrono::sys_days(ymd) - today).count());
}

std::optional<std::string> support_ending_soon(const Context& context, const Session& session)
{
    if (context.config.support_notice_days <= 0)
        return std::nullopt;
    auto end = context.support_periods.end_date(session.modules().contact.id);
    if (!end)
        end = ask_crm(context, session);
    if (!end || end->empty())
        return std::nullopt;
    auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    auto days = days_until(*end, today);
    if (!days || *days < 0 || *days > context.config.support_notice_days)
        return std::nullopt;
    return end;
}

}
