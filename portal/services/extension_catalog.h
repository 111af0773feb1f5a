#pragma once

#include "crm-connector/crm_client.h"

#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace portal {

// Which extensions of the customer-portal API the CRM has (a Ping with
// extensions=list, which a stock Vtiger answers as a failed login, without
// an error in its logs). Asked once per process at the first need, and again
// after forget() (a reload, or an extension the CRM answered it does not
// have); a CRM that could not be reached is asked again after half a minute.
// A Vtiger has none, and the portal then does what Vtiger's own portal does.
// Thread-safe.
class CrmExtensions {
public:
    using Clock = std::chrono::steady_clock;

    explicit CrmExtensions(crm::CrmClient& crm)
        : m_crm(crm)
    {
    }

    bool has(std::string_view operation);
    // Whether the CRM has any extension: none means a stock Vtiger, whose own
    // rules then apply (for example, which contact fields SaveRecord takes).
    bool any();
    // Asks the CRM again at the next need.
    void forget();

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    void ask_if_due(std::unique_lock<std::mutex>& held);
    void apply(const base::Result<std::vector<std::string>>& names, Clock::time_point now);

    crm::CrmClient& m_crm;
    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    std::mutex m_mutex; // guards the three below; not held while the CRM is asked
    std::set<std::string, std::less<>> m_names;
    Clock::time_point m_next_refresh {};
    bool m_known = false; // asked and answered; kept until forget()
    bool m_refreshing = false; // one request asks; the others use what is known
};

}
