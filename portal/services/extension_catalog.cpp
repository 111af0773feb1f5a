#include "portal/services/extension_catalog.h"

#include "base/log.h"
#include "crm-connector/crm_error.h"

namespace portal {

namespace {

constexpr auto k_retry = std::chrono::seconds(30);

// Only these say nothing about the CRM itself; any other failure (HTTP 500,
// no JSON, "Operation not found") is a CRM without the extensions.
bool is_transient(const base::Error& error)
{
    return crm::is_unreachable(error) || crm::failure_of(error) == crm::Failure::slow;
}

}

bool CrmExtensions::has(std::string_view operation)
{
    std::unique_lock lock(m_mutex);
    ask_if_due(lock);
    return m_names.contains(operation);
}

bool CrmExtensions::any()
{
    std::unique_lock lock(m_mutex);
    ask_if_due(lock);
    return !m_names.empty();
}

// The lock is released while the CRM is asked.
void CrmExtensions::ask_if_due(std::unique_lock<std::mutex>& held)
{
    auto now = m_now();
    if (m_known || now < m_next_refresh || m_refreshing)
        return;
    m_refreshing = true;
    held.unlock();
    auto names = m_crm.fetch_extensions();
    held.lock();
    m_refreshing = false;
    apply(names, now);
}

void CrmExtensions::apply(const base::Result<std::vector<std::string>>& names, Clock::time_point now)
{
    if (names.ok()) {
        if (names->empty())
            base::log::info("crm", "the CRM has no extensions of the portal API; Vtiger's behaviour applies");
        m_names = std::set<std::string, std::less<>>(names->begin(), names->end());
        m_known = true;
        return;
    }
    if (is_transient(names.error())) {
        base::log::warning("crm", "could not ask the CRM for its extensions: " + names.error().message());
        m_next_refresh = now + k_retry;
        return;
    }
    base::log::warning("crm",
        "the CRM's answer about its extensions is unusable (" + names.error().message()
            + "); Vtiger's behaviour applies");
    m_names.clear();
    m_known = true;
}

void CrmExtensions::forget()
{
    std::lock_guard lock(m_mutex);
    m_known = false;
    m_next_refresh = {};
}

}
