#include "portal/session/session_store.h"

#include "portal/session/secrets.h"

namespace portal {

Session::Session(std::string username, std::string sealed_password, std::string language, crm::PortalModules modules)
    : m_username(std::move(username))
    , m_sealed_password(std::move(sealed_password))
    , m_language(std::move(language))
    , m_modules(std::move(modules))
{
}

std::optional<crm::ModuleDescription> Session::cached_description(
    const std::string& module, const std::string& language) const
{
    std::lock_guard lock(m_cache_mutex);
    auto found = m_descriptions.find(module + "/" + language);
    if (found == m_descriptions.end())
        return std::nullopt;
    return found->second;
}

void Session::cache_description(const crm::ModuleDescription& description, const std::string& language) const
{
    std::lock_guard lock(m_cache_mutex);
    m_descriptions[description.name + "/" + language] = description;
}

std::optional<crm::Record> Session::cached_company() const
{
    std::lock_guard lock(m_cache_mutex);
    return m_company;
}

void Session::cache_company(const crm::Record& company) const
{
    std::lock_guard lock(m_cache_mutex);
    m_company = company;
}

std::optional<std::vector<crm::ModuleNames>> Session::cached_shortcuts() const
{
    std::lock_guard lock(m_cache_mutex);
    return m_shortcuts;
}

void Session::cache_shortcuts(const std::vector<crm::ModuleNames>& shortcuts) const
{
    std::lock_guard lock(m_cache_mutex);
    m_shortcuts = shortcuts;
}

std::shared_ptr<Session> SessionStore::start(Session&& session)
{
    auto now = m_now();
    auto stored = std::make_shared<Session>(
        session.m_username, session.m_sealed_password, session.m_language, session.m_modules);
    stored->m_id = random_token();
    stored->m_csrf_token = random_token();
    stored->m_created = now;
    stored->m_last_seen = now;
    std::lock_guard lock(m_mutex);
    purge_expired(now);
    m_sessions[stored->m_id] = stored;
    return stored;
}

std::shared_ptr<Session> SessionStore::find(const std::string& id)
{
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    auto found = m_sessions.find(id);
    if (found == m_sessions.end())
        return nullptr;
    if (expired(*found->second, now)) {
        m_sessions.erase(found);
        return nullptr;
    }
    found->second->m_last_seen = now;
    return found->second;
}

void SessionStore::end(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    m_sessions.erase(id);
}

std::size_t SessionStore::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

bool SessionStore::expired(const Session& session, Clock::time_point now) const
{
    return now - session.m_last_seen > m_limits.idle || now - session.m_created > m_limits.lifetime;
}

// Abandoned sessions (closed browser tabs) would otherwise stay for ever.
void SessionStore::purge_expired(Clock::time_point now)
{
    if (now - m_last_purge < std::chrono::minutes(1))
        return;
    m_last_purge = now;
    std::erase_if(m_sessions, [&](const auto& entry) { return expired(*entry.second, now); });
}

}
