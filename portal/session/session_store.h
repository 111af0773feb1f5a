#pragma once

#include "crm-connector/crm_client.h"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace portal {

using Clock = std::chrono::steady_clock;

// What a logged-in customer's session holds. Fields set at login do not change;
// the description cache fills as pages need it and is guarded by its mutex.
class Session {
public:
    Session(std::string username, std::string sealed_password, std::string language, crm::PortalModules modules);

    const std::string& id() const { return m_id; }
    const std::string& csrf_token() const { return m_csrf_token; }
    const std::string& username() const { return m_username; }
    const std::string& sealed_password() const { return m_sealed_password; }
    const std::string& language() const { return m_language; }
    const crm::PortalModules& modules() const { return m_modules; }

    std::optional<crm::ModuleDescription> cached_description(
        const std::string& module, const std::string& language) const;
    void cache_description(const crm::ModuleDescription& description, const std::string& language) const;

    // The CRM owner's company details and the home page's shortcuts: set in
    // the CRM's settings, they do not change while a customer is logged in.
    std::optional<crm::Record> cached_company() const;
    void cache_company(const crm::Record& company) const;
    std::optional<std::vector<crm::ModuleNames>> cached_shortcuts() const;
    void cache_shortcuts(const std::vector<crm::ModuleNames>& shortcuts) const;

private:
    friend class SessionStore;

    std::string m_id;
    std::string m_csrf_token;
    std::string m_username;
    std::string m_sealed_password;
    std::string m_language;
    crm::PortalModules m_modules;
    Clock::time_point m_created;
    Clock::time_point m_last_seen;

    mutable std::mutex m_cache_mutex;
    mutable std::map<std::string, crm::ModuleDescription> m_descriptions;
    mutable std::optional<crm::Record> m_company;
    mutable std::optional<std::vector<crm::ModuleNames>> m_shortcuts;
};

struct SessionLimits {
    std::chrono::seconds idle { 30 * 60 };
    std::chrono::seconds lifetime { 12 * 60 * 60 };
};

// Sessions of this portal process, in memory. Ids are 256-bit random tokens,
// new for every login, so a session id known before login is worthless after.
class SessionStore {
public:
    explicit SessionStore(SessionLimits limits)
        : m_limits(limits)
    {
    }

    std::shared_ptr<Session> start(Session&& session);
    // The live session with this id, touched; nullptr when unknown or expired.
    std::shared_ptr<Session> find(const std::string& id);
    void end(const std::string& id);
    std::size_t size() const;

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    bool expired(const Session& session, Clock::time_point now) const;
    void purge_expired(Clock::time_point now);

    SessionLimits m_limits;
    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<Session>> m_sessions;
    Clock::time_point m_last_purge {};
};

}
