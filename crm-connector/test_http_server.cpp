#include "crm-connector/test_http_server.h"

#include "base/strings.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace crm::testing {

namespace {

constexpr int k_poll_ms = 20;

int bound_socket(int& port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        throw std::runtime_error("test server: cannot bind a socket on 127.0.0.1");
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    port = ntohs(address.sin_port);
    return fd;
}

bool wait_readable(int fd)
{
    pollfd entry { fd, POLLIN, 0 };
    return ::poll(&entry, 1, k_poll_ms) > 0;
}

void write_all(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        ssize_t written = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (written <= 0)
            return;
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Bytes of a complete request at the start of buffer, or 0 while incomplete.
std::size_t complete_request_size(const std::string& buffer)
{
    std::size_t head_end = buffer.find("\r\n\r\n");
    if (head_end == std::string::npos)
        return 0;
    std::size_t length = 0;
    std::string head = base::to_lower(buffer.substr(0, head_end));
    if (std::size_t at = head.find("\r\ncontent-length:"); at != std::string::npos)
        length = static_cast<std::size_t>(std::stoul(head.substr(at + 17)));
    std::size_t total = head_end + 4 + length;
    return buffer.size() >= total ? total : 0;
}

}

TestHttpServer::TestHttpServer(Behaviour behaviour, std::string reply)
    : m_behaviour(behaviour)
    , m_reply(std::move(reply))
{
    m_listen_fd = bound_socket(m_port);
    if (::listen(m_listen_fd, 16) != 0)
        throw std::runtime_error("test server: cannot listen");
    m_acceptor = std::thread([this] { accept_loop(); });
}

TestHttpServer::~TestHttpServer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_request_arrived.notify_all();
    m_acceptor.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (std::thread& worker : workers)
        worker.join();
    ::close(m_listen_fd);
}

std::vector<std::string> TestHttpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void TestHttpServer::accept_loop()
{
    while (!m_stop) {
        if (!wait_readable(m_listen_fd))
            continue;
        int connection = ::accept4(m_listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            continue;
        ++m_connections;
        std::lock_guard lock(m_mutex);
        m_accepted_at.push_back(Clock::now());
        m_workers.emplace_back([this, connection] { serve(connection); });
    }
}

bool TestHttpServer::read_request(int connection, std::string& buffer)
{
    char chunk[4096];
    while (!m_stop) {
        if (std::size_t size = complete_request_size(buffer); size > 0) {
            std::lock_guard lock(m_mutex);
            m_requests.push_back(buffer.substr(0, size));
            buffer.erase(0, size);
            m_request_arrived.notify_all();
            return true;
        }
        if (!wait_readable(connection))
            continue;
        ssize_t received = ::recv(connection, chunk, sizeof chunk, 0);
        if (received <= 0)
            return false;
        buffer.append(chunk, static_cast<std::size_t>(received));
    }
    return false;
}

void TestHttpServer::serve(int connection)
{
    std::string buffer;
    if (m_behaviour == Behaviour::answer_immediately) {
        write_all(connection, m_reply);
        while (read_request(connection, buffer)) { }
    }
    while (read_request(connection, buffer)) {
        if (m_behaviour == Behaviour::never_answer)
            continue;
        answer(connection);
        if (m_behaviour != Behaviour::answer)
            break;
    }
    ::close(connection);
}

void TestHttpServer::answer(int connection)
{
    {
        std::unique_lock lock(m_mutex);
        m_request_arrived.wait_for(lock, m_hold_limit,
            [this] { return static_cast<int>(m_requests.size()) >= m_hold_until_requests || m_stop; });
        m_answered_at.push_back(Clock::now());
    }
    std::size_t size = m_reply.size();
    if (m_behaviour == Behaviour::close_mid_answer) {
        std::size_t body_start = std::min(m_reply.find("\r\n\r\n"), size - 4) + 4;
        size = body_start + (size - body_start) / 2;
    }
    write_all(connection, std::string_view(m_reply).substr(0, size));
}

void TestHttpServer::hold_replies_until(int requests, std::chrono::milliseconds hold_limit)
{
    std::lock_guard lock(m_mutex);
    m_hold_until_requests = requests;
    m_hold_limit = hold_limit;
}

std::vector<TestHttpServer::Clock::time_point> TestHttpServer::accepted_at() const
{
    std::lock_guard lock(m_mutex);
    return m_accepted_at;
}

std::vector<TestHttpServer::Clock::time_point> TestHttpServer::answered_at() const
{
    std::lock_guard lock(m_mutex);
    return m_answered_at;
}

ClosedPort::ClosedPort() { m_fd = bound_socket(m_port); }

ClosedPort::~ClosedPort() { ::close(m_fd); }

std::string http_reply(std::string_view body, std::string_view status_line)
{
    return std::string(status_line) + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

}
