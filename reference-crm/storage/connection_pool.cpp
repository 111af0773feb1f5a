#include "reference-crm/storage/connection_pool.h"

namespace refcrm::storage {

ConnectionPool::ConnectionPool(DatabaseOptions options, std::size_t max_connections)
    : m_options(std::move(options))
    , m_max_connections(max_connections == 0 ? 1 : max_connections)
{
}

base::Result<std::unique_ptr<ConnectionPool>> ConnectionPool::create(
    DatabaseOptions options, std::size_t max_connections)
{
    std::unique_ptr<ConnectionPool> pool(new ConnectionPool(std::move(options), max_connections));
    auto first = TRY(Connection::open(pool->m_options));
    pool->m_idle.push_back(std::move(first));
    pool->m_open = 1;
    return pool;
}

base::Result<ConnectionPool::Lease> ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [this] { return !m_idle.empty() || m_open < m_max_connections; });
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(*this, std::move(connection));
    }
    ++m_open;
    lock.unlock();
    auto opened = Connection::open(m_options);
    if (!opened.ok()) {
        std::lock_guard relock(m_mutex);
        --m_open;
        m_returned.notify_one();
        return opened.release_error();
    }
    return Lease(*this, opened.release_value());
}

void ConnectionPool::give_back(std::unique_ptr<Connection> connection)
{
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
    m_returned.notify_one();
}

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
    : m_pool(&pool)
    , m_connection(std::move(connection))
{
}

ConnectionPool::Lease::~Lease()
{
    if (m_connection)
        m_pool->give_back(std::move(m_connection));
}

}
