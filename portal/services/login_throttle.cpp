#include "portal/services/login_throttle.h"

#include <algorithm>

namespace portal {

namespace {

std::chrono::seconds whole_seconds_up(LoginThrottle::Clock::duration duration)
{
    auto seconds = std::chrono::ceil<std::chrono::seconds>(duration);
    return std::max(seconds, std::chrono::seconds(1));
}

}

LockoutMessage lockout_message(std::chrono::seconds wait)
{
    auto minutes = (wait.count() + 59) / 60;
    return { minutes == 1 ? "LBL_LOGIN_LOCKED_ONE_MINUTE" : "LBL_LOGIN_LOCKED",
        { { "minutes", std::to_string(minutes) } } };
}

std::chrono::seconds LoginThrottle::wait_of(const std::map<std::string, Failures, std::less<>>& failures,
    std::string_view key, int limit, Clock::time_point now) const
{
    auto found = failures.find(key);
    if (found == failures.end() || found->second.size() < static_cast<std::size_t>(limit))
        return std::chrono::seconds(0);
    // The oldest of the last `limit` failures decides when the lock ends.
    auto unlocked_at = found->second[found->second.size() - static_cast<std::size_t>(limit)] + m_limits.window;
    return unlocked_at > now ? whole_seconds_up(unlocked_at - now) : std::chrono::seconds(0);
}

std::chrono::seconds LoginThrottle::wait_before_login(std::string_view account, std::string_view address)
{
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    purge(now);
    return std::max(wait_of(m_accounts, account, m_limits.failures_per_account, now),
        wait_of(m_addresses, address, m_limits.failures_per_address, now));
}

bool LoginThrottle::add_failure(Failures& failures, int limit, Clock::time_point now) const
{
    while (!failures.empty() && now - failures.front() >= m_limits.window)
        failures.pop_front();
    failures.push_back(now);
    while (failures.size() > static_cast<std::size_t>(limit))
        failures.pop_front();
    return failures.size() == static_cast<std::size_t>(limit);
}

bool LoginThrottle::record_failure(std::string_view account, std::string_view address)
{
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    bool account_locked = add_failure(m_accounts[std::string(account)], m_limits.failures_per_account, now);
    bool address_locked = add_failure(m_addresses[std::string(address)], m_limits.failures_per_address, now);
    return account_locked || address_locked;
}

void LoginThrottle::record_success(std::string_view account)
{
    std::lock_guard lock(m_mutex);
    if (auto found = m_accounts.find(account); found != m_accounts.end())
        m_accounts.erase(found);
}

// Keys whose failures all left the window are dropped, so that a flood of
// made-up e-mail addresses cannot grow the maps without end.
void LoginThrottle::purge(Clock::time_point now)
{
    if (now - m_last_purge < std::chrono::minutes(1))
        return;
    m_last_purge = now;
    auto stale = [&](const auto& entry) { return now - entry.second.back() >= m_limits.window; };
    std::erase_if(m_accounts, stale);
    std::erase_if(m_addresses, stale);
}

}
