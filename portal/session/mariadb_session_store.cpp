#include "portal/session/mariadb_session_store.h"

#include "base/strings.h"

#include "base/log.h"
#include "portal/session/secrets.h"
#include "portal/session/session_codec.h"

#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <mysql_driver.h>

#include <chrono>

namespace portal {

namespace {

constexpr const char* k_create_table = "CREATE TABLE IF NOT EXISTS portal_sessions ("
                                       " id_hash CHAR(64) NOT NULL PRIMARY KEY,"
                                       " login_key VARCHAR(254) NOT NULL,"
                                       " csrf_token CHAR(64) NOT NULL,"
                                       " username VARCHAR(254) NOT NULL,"
                                       " sealed_password TEXT NOT NULL,"
                                       " language VARCHAR(16) NOT NULL,"
                                       " modules MEDIUMTEXT NOT NULL,"
                                       " created_at BIGINT NOT NULL,"
                                       " last_seen BIGINT NOT NULL,"
                                       " KEY by_login (login_key),"
                                       " KEY by_last_seen (last_seen)"
                                       ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

// A session's last use is written at most this often: one write per request would be wasted.
constexpr std::int64_t k_touch_seconds = 10;

base::Error database_error(const sql::SQLException& exception)
{
    return base::Error(
        "session.db", "session database error " + std::to_string(exception.getErrorCode()) + ": " + exception.what());
}

sql::mysql::MySQL_Driver* driver()
{
    // The connector's driver singleton is not safe to create concurrently.
    static std::once_flag created;
    static sql::mysql::MySQL_Driver* instance = nullptr;
    std::call_once(created, [] { instance = sql::mysql::get_mysql_driver_instance(); });
    return instance;
}

std::int64_t seconds_now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

using Statement = std::unique_ptr<sql::PreparedStatement>;

Statement prepare(sql::Connection& connection, const char* text)
{
    return Statement(connection.prepareStatement(text));
}

}

// A connection borrowed for one store operation; a broken one is not given back.
class MariaDbSessionStore::Lease {
public:
    Lease(MariaDbSessionStore& store, std::unique_ptr<sql::Connection> connection)
        : m_store(&store)
        , m_connection(std::move(connection))
    {
    }
    Lease(Lease&&) = default;
    ~Lease()
    {
        if (m_connection && !m_broken)
            m_store->give_back(std::move(m_connection));
    }
    sql::Connection& operator*() { return *m_connection; }
    void mark_broken() { m_broken = true; }

private:
    MariaDbSessionStore* m_store;
    std::unique_ptr<sql::Connection> m_connection;
    bool m_broken = false;
};

MariaDbSessionStore::MariaDbSessionStore(MariaDbSessionOptions options, SessionLimits limits)
    : m_options(std::move(options))
    , m_limits(limits)
    , m_now(seconds_now)
{
}

MariaDbSessionStore::~MariaDbSessionStore() = default;

base::Result<std::unique_ptr<MariaDbSessionStore>> MariaDbSessionStore::create(
    MariaDbSessionOptions options, SessionLimits limits)
{
    std::unique_ptr<MariaDbSessionStore> store(new MariaDbSessionStore(std::move(options), limits));
    auto lease = TRY(store->connection());
    try {
        std::unique_ptr<sql::Statement>((*lease).createStatement())->execute(k_create_table);
    } catch (const sql::SQLException& exception) {
        return base::Error("session.db",
            "cannot create the table portal_sessions in the database " + store->m_options.database + ": "
                + exception.what());
    }
    return store;
}

base::Result<MariaDbSessionStore::Lease> MariaDbSessionStore::connection()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(connection));
        }
    }
    try {
        sql::ConnectOptionsMap map;
        map["hostName"]
            = sql::SQLString(m_options.socket.empty() ? "tcp://" + m_options.address() : "unix://" + m_options.socket);
        map["userName"] = sql::SQLString(m_options.user);
        map["password"] = sql::SQLString(m_options.password);
        map["schema"] = sql::SQLString(m_options.database);
        map["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
        map["OPT_CONNECT_TIMEOUT"] = 5;
        map["OPT_RECONNECT"] = true;
        return Lease(*this, std::unique_ptr<sql::Connection>(driver()->connect(map)));
    } catch (const sql::SQLException& exception) {
        return base::Error("session.db",
            "cannot connect to the session database " + m_options.database + " at " + m_options.address() + ": "
                + exception.what());
    }
}

void MariaDbSessionStore::give_back(std::unique_ptr<sql::Connection> connection)
{
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
}

base::Result<std::shared_ptr<Session>> MariaDbSessionStore::start(const Session& session)
{
    auto now = m_now();
    purge_expired(now);
    auto stored = with_new_identity(session);
    auto lease = TRY(connection());
    try {
        auto insert = prepare(*lease,
            "INSERT INTO portal_sessions (id_hash, login_key, csrf_token, username, sealed_password, language,"
            " modules, created_at, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert->setString(1, sha256_hex(stored->id()));
        insert->setString(2, login_key(stored->username()));
        insert->setString(3, stored->csrf_token());
        insert->setString(4, stored->username());
        insert->setString(5, base::to_hex(stored->sealed_password()));
        insert->setString(6, stored->language());
        insert->setString(7, encode_modules(stored->modules()));
        insert->setInt64(8, now);
        insert->setInt64(9, now);
        insert->executeUpdate();
    } catch (const sql::SQLException& exception) {
        lease.mark_broken();
        return database_error(exception);
    }
    std::lock_guard lock(m_mutex);
    m_local[stored->id()] = stored;
    return stored;
}

std::shared_ptr<Session> MariaDbSessionStore::find(const std::string& id)
{
    auto found = load(id);
    if (!found.ok()) {
        base::log::error("session", found.error().message());
        return nullptr;
    }
    if (!*found)
        forget_locally(id);
    return *found;
}

// The row, if the session lives, touched; this node's copy of it when it has one.
base::Result<std::shared_ptr<Session>> MariaDbSessionStore::load(const std::string& id)
{
    auto now = m_now();
    auto lease = TRY(connection());
    try {
        auto select = prepare(*lease,
            "SELECT csrf_token, username, sealed_password, language, modules, last_seen FROM portal_sessions"
            " WHERE id_hash = ? AND last_seen >= ? AND created_at >= ?");
        select->setString(1, sha256_hex(id));
        select->setInt64(2, now - m_limits.idle.count());
        select->setInt64(3, now - m_limits.lifetime.count());
        std::unique_ptr<sql::ResultSet> row(select->executeQuery());
        if (!row->next())
            return std::shared_ptr<Session>();
        if (now - row->getInt64(6) >= k_touch_seconds) {
            auto touch = prepare(*lease, "UPDATE portal_sessions SET last_seen = ? WHERE id_hash = ?");
            touch->setInt64(1, now);
            touch->setString(2, sha256_hex(id));
            touch->executeUpdate();
        }
        std::lock_guard lock(m_mutex);
        if (auto local = m_local.find(id); local != m_local.end())
            return local->second;
        auto modules = TRY(decode_modules(row->getString(5).asStdString()));
        auto sealed = base::from_hex(row->getString(3).asStdString());
        if (!sealed)
            return base::Error("session.corrupt", "a stored session's password is no hex");
        auto session = restored(Session(row->getString(2).asStdString(), std::move(*sealed),
                                    row->getString(4).asStdString(), std::move(modules)),
            id, row->getString(1).asStdString());
        m_local[id] = session;
        return session;
    } catch (const sql::SQLException& exception) {
        lease.mark_broken();
        return database_error(exception);
    }
}

void MariaDbSessionStore::end(const std::string& id)
{
    forget_locally(id);
    run_logged([&](sql::Connection& connection) {
        auto remove = prepare(connection, "DELETE FROM portal_sessions WHERE id_hash = ?");
        remove->setString(1, sha256_hex(id));
        remove->executeUpdate();
    });
}

void MariaDbSessionStore::end_others(const std::string& username, const std::string& keep_id)
{
    std::string key = login_key(username);
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_local,
            [&](const auto& entry) { return entry.first != keep_id && login_key(entry.second->username()) == key; });
    }
    run_logged([&](sql::Connection& connection) {
        auto remove = prepare(connection, "DELETE FROM portal_sessions WHERE login_key = ? AND id_hash <> ?");
        remove->setString(1, key);
        remove->setString(2, sha256_hex(keep_id));
        remove->executeUpdate();
    });
}

// Ending sessions cannot fail for the customer: a database error is logged,
// and the rows expire anyway.
void MariaDbSessionStore::run_logged(const std::function<void(sql::Connection&)>& work)
{
    auto lease = connection();
    if (!lease.ok()) {
        base::log::error("session", lease.error().message());
        return;
    }
    try {
        work(**lease);
    } catch (const sql::SQLException& exception) {
        lease->mark_broken();
        base::log::error("session", database_error(exception).message());
    }
}

void MariaDbSessionStore::forget_locally(const std::string& id)
{
    std::lock_guard lock(m_mutex);
    m_local.erase(id);
}

// Expired rows go once a minute (any node may do it); this node's copies go
// with them, and come back from the table if still alive.
void MariaDbSessionStore::purge_expired(std::int64_t now)
{
    {
        std::lock_guard lock(m_mutex);
        if (now - m_last_purge < 60)
            return;
        m_last_purge = now;
        m_local.clear();
    }
    run_logged([&](sql::Connection& connection) {
        auto remove = prepare(connection, "DELETE FROM portal_sessions WHERE last_seen < ? OR created_at < ?");
        remove->setInt64(1, now - m_limits.idle.count());
        remove->setInt64(2, now - m_limits.lifetime.count());
        remove->executeUpdate();
    });
}

}
