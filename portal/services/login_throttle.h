#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace portal {

struct ThrottleLimits {
    int failures_per_account = 5;
    int failures_per_address = 20;
    std::chrono::seconds window { 15 * 60 };
};

// What a locked customer reads: a lang/ key and its {minutes}, rounded up.
struct LockoutMessage {
    std::string key;
    std::map<std::string, std::string> values;
};
LockoutMessage lockout_message(std::chrono::seconds wait);

// Failed logins per account (login_key() of the e-mail as typed, known to the CRM or not, so
// that a lockout tells nothing about which addresses exist) and per client
// address, in a sliding window. An account or address with `limit` failures
// inside the window is locked until the oldest of them leaves it.
class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;

    explicit LoginThrottle(ThrottleLimits limits)
        : m_limits(limits)
    {
    }

    // How long a login for this account from this address must wait; zero when it may be tried.
    std::chrono::seconds wait_before_login(std::string_view account, std::string_view address);
    // Counts a refused password; true when this failure locked the account or the address.
    bool record_failure(std::string_view account, std::string_view address);
    // A correct password clears the account's failures (not the address's).
    void record_success(std::string_view account);

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    using Failures = std::deque<Clock::time_point>;

    std::chrono::seconds wait_of(const std::map<std::string, Failures, std::less<>>& failures, std::string_view key,
        int limit, Clock::time_point now) const;
    bool add_failure(Failures& failures, int limit, Clock::time_point now) const;
    void purge(Clock::time_point now);

    const ThrottleLimits m_limits;
    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    // Guards both maps and the purge time.
    std::mutex m_mutex;
    std::map<std::string, Failures, std::less<>> m_accounts;
    std::map<std::string, Failures, std::less<>> m_addresses;
    Clock::time_point m_last_purge {};
};

}
