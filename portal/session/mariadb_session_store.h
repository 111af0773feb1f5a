#pragma once

#include "portal/session/session_store.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sql {
class Connection;
}

namespace portal {

struct MariaDbSessionOptions {
    std::string host = "127.0.0.1";
    int port = 3306;
    std::string socket; // a unix socket instead of host and port
    std::string user;
    std::string password;
    std::string database = "portal_sessions";

    std::string address() const { return socket.empty() ? host + ":" + std::to_string(port) : socket; }
};

// Sessions in a MariaDB table that every portal node behind one nginx shares,
// so a customer may land on any node. The table is created when missing. Rows
// are keyed by the SHA-256 of the session id: someone who reads the table
// cannot take over a session. Each node keeps its own copy of a session it has
// seen (with its description cache) but asks the table on every request
// whether the session still lives, so a logout on one node ends it on all.
class MariaDbSessionStore final : public SessionStore {
public:
    static base::Result<std::unique_ptr<MariaDbSessionStore>> create(
        MariaDbSessionOptions options, SessionLimits limits);
    ~MariaDbSessionStore() override;

    base::Result<std::shared_ptr<Session>> start(const Session& session) override;
    std::shared_ptr<Session> find(const std::string& id) override;
    void end(const std::string& id) override;
    void end_others(const std::string& username, const std::string& keep_id) override;

    // Seconds since the epoch; tests move it.
    void set_clock_for_tests(std::function<std::int64_t()> now) { m_now = std::move(now); }

private:
    class Lease;

    MariaDbSessionStore(MariaDbSessionOptions options, SessionLimits limits);
    base::Result<Lease> connection();
    void give_back(std::unique_ptr<sql::Connection> connection);
    base::Result<std::shared_ptr<Session>> load(const std::string& id);
    void purge_expired(std::int64_t now);
    void run_logged(const std::function<void(sql::Connection&)>& work);
    void forget_locally(const std::string& id);

    const MariaDbSessionOptions m_options;
    const SessionLimits m_limits;
    std::function<std::int64_t()> m_now;
    // Guards the idle connections, the node's session copies and the purge time.
    std::mutex m_mutex;
    std::vector<std::unique_ptr<sql::Connection>> m_idle;
    std::map<std::string, std::shared_ptr<Session>> m_local;
    std::int64_t m_last_purge = 0;
};

}
