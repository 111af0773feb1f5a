#pragma once

// Test support: a tiny HTTP/1.1 server on 127.0.0.1 with a free port, run by
// its own threads, so transport tests need no network and no real CRM.

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace crm::testing {

class TestHttpServer {
public:
    enum class Behaviour {
        answer, // reads each request, writes the canned reply (keep-alive)
        never_answer, // reads the request and holds the connection silent
        answer_immediately, // writes the reply on accept, before reading anything
    };

    TestHttpServer(Behaviour behaviour, std::string reply);
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer&) = delete;
    TestHttpServer& operator=(const TestHttpServer&) = delete;

    int port() const { return m_port; }
    std::string site_url() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/"; }
    int connections_accepted() const { return m_connections; }
    std::vector<std::string> requests() const;

private:
    void accept_loop();
    void serve(int connection);
    bool read_request(int connection, std::string& buffer);

    const Behaviour m_behaviour;
    const std::string m_reply;
    int m_listen_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_connections { 0 };
    mutable std::mutex m_mutex; // guards m_requests and m_workers
    std::vector<std::string> m_requests;
    std::vector<std::thread> m_workers;
    std::thread m_acceptor;
};

// A port on 127.0.0.1 where nothing listens (bound, never listening): a
// connection attempt is refused, with no race against other processes.
class ClosedPort {
public:
    ClosedPort();
    ~ClosedPort();
    ClosedPort(const ClosedPort&) = delete;
    ClosedPort& operator=(const ClosedPort&) = delete;

    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// An HTTP/1.1 200 reply carrying body, with its Content-Length.
std::string http_reply(std::string_view body, std::string_view status_line = "HTTP/1.1 200 OK");

}
