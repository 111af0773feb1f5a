#include "portal/session/session_store.h"

#include "base/strings.h"
#include "portal/session/secrets.h"

#include <algorithm>
#include <utility>

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

void Session::set_notice(std::string text) const
{
    std::lock_guard lock(m_cache_mutex);
    m_notice = std::move(text);
}

std::string Session::take_notice() const
{
    std::lock_guard lock(m_cache_mutex);
    return std::exchange(m_notice, std::string());
}

Session::ClaimResult Session::claim_submission(const std::string& key, std::chrono::milliseconds wait) const
{
    std::unique_lock lock(m_submission_mutex);
    auto find = [&] {
        return std::find_if(m_submissions.begin(), m_submissions.end(),
            [&](const Submission& submission) { return submission.key == key; });
    };
    auto found = find();
    if (found == m_submissions.end()) {
        if (m_submissions.size() >= k_max_submissions)
            m_submissions.pop_front();
        m_submissions.push_back({ key, false, "" });
        return { Claim::first, "" };
    }
    bool ended = m_submission_done.wait_for(lock, wait, [&] {
        auto now = find();
        return now == m_submissions.end() || now->done;
    });
    found = find();
    if (!ended)
        return { Claim::still_running, "" };
    if (found == m_submissions.end()) {
        // The first one wrote nothing: this one may try.
        m_submissions.push_back({ key, false, "" });
        return { Claim::first, "" };
    }
    return { Claim::repeat, found->answer };
}

void Session::finish_submission(const std::string& key, std::string answer) const
{
    {
        std::lock_guard lock(m_submission_mutex);
        auto found = std::find_if(m_submissions.begin(), m_submissions.end(),
            [&](const Submission& submission) { return submission.key == key; });
        if (found != m_submissions.end()) {
            if (answer.empty())
                m_submissions.erase(found);
            else {
                found->done = true;
                found->answer = std::move(answer);
            }
        }
    }
    m_submission_done.notify_all();
}

std::optional<std::vector<std::string>> Session::cached_related_modules(const std::string& module) const
{
    std::lock_guard lock(m_cache_mutex);
    auto found = m_related_modules.find(module);
    if (found == m_related_modules.end())
        return std::nullopt;
    return found->second;
}

void Session::cache_related_modules(const std::string& module, std::vector<std::string> related) const
{
    std::lock_guard lock(m_cache_mutex);
    m_related_modules[module] = std::move(related);
}

std::optional<std::string> Session::known_name(const std::string& id) const
{
    std::lock_guard lock(m_cache_mutex);
    auto found = m_known_names.find(id);
    if (found == m_known_names.end())
        return std::nullopt;
    return found->second;
}

// Bounded: a session lives for hours and could otherwise collect a catalogue.
void Session::remember_name(const std::string& id, const std::string& name) const
{
    constexpr std::size_t k_max_names = 2000;
    std::lock_guard lock(m_cache_mutex);
    if (m_known_names.size() < k_max_names || m_known_names.contains(id))
        m_known_names[id] = name;
}

std::shared_ptr<Session> SessionStore::restored(const Session& session, std::string id, std::string csrf_token)
{
    auto copy = std::make_shared<Session>(
        session.m_username, session.m_sealed_password, session.m_language, session.m_modules);
    copy->m_id = std::move(id);
    copy->m_csrf_token = std::move(csrf_token);
    return copy;
}

std::shared_ptr<Session> SessionStore::with_new_identity(const Session& session)
{
    return restored(session, random_token(), random_token());
}

std::string login_key(std::string_view username) { return base::to_lower(base::trim(username)); }

base::Result<std::shared_ptr<Session>> MemorySessionStore::start(const Session& session)
{
    auto now = m_now();
    auto stored = with_new_identity(session);
    std::lock_guard lock(m_mutex);
    purge_expired(now);
    m_sessions[stored->id()] = Entry { stored, now, now };
    return stored;
}

std::shared_ptr<Session> MemorySessionStore::find(const std::string& id)
{
    auto now = m_now();
    std::lock_guard lock(m_mutex);
    auto found = m_sessions.find(id);
    if (found == m_sessions.end())
        return nullptr;
    if (expired(found->second, now)) {
        m_sessions.erase(found);
        return nullptr;
    }
    found->second.last_seen = now;
    return found->second.session;
}

void MemorySessionStore::end(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    m_sessions.erase(id);
}

void MemorySessionStore::end_others(const std::string& username, const std::string& keep_id)
{
    std::string key = login_key(username);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sessions, [&](const auto& entry) {
        return entry.first != keep_id && login_key(entry.second.session->username()) == key;
    });
}

std::size_t MemorySessionStore::size() const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

bool MemorySessionStore::expired(const Entry& entry, Clock::time_point now) const
{
    return now - entry.last_seen > m_limits.idle || now - entry.created > m_limits.lifetime;
}

// Abandoned sessions (closed browser tabs) would otherwise stay for ever.
void MemorySessionStore::purge_expired(Clock::time_point now)
{
    if (now - m_last_purge < std::chrono::minutes(1))
        return;
    m_last_purge = now;
    std::erase_if(m_sessions, [&](const auto& entry) { return expired(entry.second, now); });
}

}
