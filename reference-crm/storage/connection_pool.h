#pragma once

#include "reference-crm/storage/database.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace refcrm::storage {

// Connections shared by the worker threads: each request borrows one for its
// duration. Opens connections lazily up to a maximum, then waits.
class ConnectionPool {
public:
    // Opens one connection at once, so that an unreachable database is
    // reported at start-up.
    static base::Result<std::unique_ptr<ConnectionPool>> create(DatabaseOptions options, std::size_t max_connections);

    class Lease {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection);
        Lease(Lease&&) = default;
        ~Lease();
        Connection& operator*() { return *m_connection; }
        Connection* operator->() { return m_connection.get(); }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<Connection> m_connection;
    };

    base::Result<Lease> acquire();

private:
    ConnectionPool(DatabaseOptions options, std::size_t max_connections);
    void give_back(std::unique_ptr<Connection> connection);

    const DatabaseOptions m_options;
    const std::size_t m_max_connections;
    // Guards the idle list and the count of open connections.
    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<Connection>> m_idle;
    std::size_t m_open = 0;
};

}
