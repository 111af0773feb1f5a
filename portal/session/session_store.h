#pragma once

#include "base/result.h"
#include "crm-connector/crm_client.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

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

    // FetchRelatedModules of a module: the CRM's settings, stable for a session.
    std::optional<std::vector<std::string>> cached_related_modules(const std::string& module) const;
    void cache_related_modules(const std::string& module, std::vector<std::string> related) const;

    // Names of records and CRM users met on earlier pages ("14x3" -> "Router
    // X200"), so that a reference is named without asking the CRM again.
    std::optional<std::string> known_name(const std::string& id) const;
    void remember_name(const std::string& id, const std::string& name) const;
    // A message for the next page this customer sees (after a redirect, e.g.
    // "Case TT12 was created."); take_notice() hands it out once.
    void set_notice(std::string text) const;
    std::string take_notice() const;
    // The CRM owner's company details and the home page's shortcuts: set in
    // the CRM's settings, they do not change while a customer is logged in.
    std::optional<crm::Record> cached_company() const;
    void cache_company(const crm::Record& company) const;
    std::optional<std::vector<crm::ModuleNames>> cached_shortcuts() const;
    void cache_shortcuts(const std::vector<crm::ModuleNames>& shortcuts) const;

    // One write per form: every form carries a one-time token, and the first
    // POST with it (`key`: token and path) is the one that writes. A repeat
    // (double-click, reload, back button) waits while the first is under way
    // and gets the answer it ended with.
    enum class Claim { first, repeat, still_running };
    struct ClaimResult {
        Claim claim = Claim::first;
        std::string answer; // repeat: where the first POST sent the browser
    };
    ClaimResult claim_submission(const std::string& key, std::chrono::milliseconds wait) const;
    // The first POST ended: with the address it sent the browser to, or with
    // "" when it wrote nothing (the form came back), so the form may be sent again.
    void finish_submission(const std::string& key, std::string answer) const;

private:
    friend class SessionStore;

    std::string m_id;
    std::string m_csrf_token;
    std::string m_username;
    std::string m_sealed_password;
    std::string m_language;
    crm::PortalModules m_modules;

    mutable std::mutex m_cache_mutex;
    mutable std::map<std::string, crm::ModuleDescription> m_descriptions;
    mutable std::map<std::string, std::vector<std::string>> m_related_modules;
    mutable std::map<std::string, std::string> m_known_names;
    mutable std::string m_notice;
    mutable std::optional<crm::Record> m_company;
    mutable std::optional<std::vector<crm::ModuleNames>> m_shortcuts;

    struct Submission {
        std::string key;
        bool done = false;
        std::string answer;
    };
    static constexpr std::size_t k_max_submissions = 64;
    mutable std::mutex m_submission_mutex;
    mutable std::condition_variable m_submission_done;
    mutable std::deque<Submission> m_submissions;
};

struct SessionLimits {
    std::chrono::seconds idle { 30 * 60 };
    std::chrono::seconds lifetime { 12 * 60 * 60 };
};

// Where sessions live: this process's memory (one node), or MariaDB (several
// nodes behind one nginx). Ids are 256-bit random tokens, new for every login,
// so a session id known before login is worthless after it.
class SessionStore {
public:
    virtual ~SessionStore() = default;

    // Keeps a copy of `session` under a new random id and CSRF token.
    virtual base::Result<std::shared_ptr<Session>> start(const Session& session) = 0;
    // The live session with this id, touched; nullptr when unknown or expired.
    virtual std::shared_ptr<Session> find(const std::string& id) = 0;
    virtual void end(const std::string& id) = 0;
    // Ends every session of this login name (compared without case) but `keep_id`.
    virtual void end_others(const std::string& username, const std::string& keep_id) = 0;

protected:
    // A copy of `session` with a fresh id and CSRF token.
    static std::shared_ptr<Session> with_new_identity(const Session& session);
    static std::shared_ptr<Session> restored(const Session& session, std::string id, std::string csrf_token);
};

// The login name as stores compare it: the CRM compares e-mails without case.
std::string login_key(std::string_view username);

// Sessions of this portal process, in memory.
class MemorySessionStore final : public SessionStore {
public:
    explicit MemorySessionStore(SessionLimits limits)
        : m_limits(limits)
    {
    }

    base::Result<std::shared_ptr<Session>> start(const Session& session) override;
    std::shared_ptr<Session> find(const std::string& id) override;
    void end(const std::string& id) override;
    void end_others(const std::string& username, const std::string& keep_id) override;
    std::size_t size() const;

    void set_clock_for_tests(std::function<Clock::time_point()> now) { m_now = std::move(now); }

private:
    struct Entry {
        std::shared_ptr<Session> session;
        Clock::time_point created;
        Clock::time_point last_seen;
    };

    bool expired(const Entry& entry, Clock::time_point now) const;
    void purge_expired(Clock::time_point now);

    SessionLimits m_limits;
    std::function<Clock::time_point()> m_now = [] { return Clock::now(); };
    mutable std::mutex m_mutex;
    std::map<std::string, Entry> m_sessions;
    Clock::time_point m_last_purge {};
};

}
