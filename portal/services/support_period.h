#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace portal {

class Session;
struct Context;

// The last day of each logged-in customer's support period, from FetchProfile
// at login, for the notice on every page. Kept an hour per contact, so a
// period the company extends shows soon; a portal node that did not see the
// login asks the CRM once. Thread-safe.
class SupportPeriods {
public:
    using Clock = std::chrono::steady_clock;

    // end_date: "2026-12-31", or "" when the period has no end.
    void remember(const std::string& contact_id, std::string end_date);
    std::optional<std::string> end_date(const std::string& contact_id) const;

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    struct Entry {
        std::string end_date;
        Clock::time_point expires;
    };

    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    mutable std::mutex m_mutex; // guards m_entries
    std::map<std::string, Entry> m_entries;
};

// Whole days from today to a "YYYY-MM-DD" date (0: it is today; negative:
// past); nullopt for anything else.
std::optional<int> days_until(std::string_view date, std::chrono::sys_days today);

// The support end date of this session's customer when it is within the
// configured notice days; nullopt otherwise (or when the CRM cannot say).
std::optional<std::string> support_ending_soon(const Context& context, const Session& session);

}
