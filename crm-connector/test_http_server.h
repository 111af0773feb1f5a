#pragma once

// Test support: a tiny HTTP/1.1 server on 127.0.0.1 with a free port, run by
// its own threads, so transport tests need no network and no real CRM.

#include <atomic>
#include <chrono>
#include <condition_variable>
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
        answer_and_close, // writes the reply as is (a captured response), then closes
        close_mid_answer, // writes the head and half the body of the reply, then closes
    };
    using Clock = std::chrono::steady_clock;

    TestHttpServer(Behaviour behaviour, std::string reply);
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer&) = delete;
    TestHttpServer& operator=(const TestHttpServer&) = delete;

    int port() const { return m_port; }
    std::string site_url() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/"; }
    int connections_accepted() const { return m_connections; }
    std::vector<std::string> requests() const;

    // Call before any traffic. Each reply waits until this many requests have
    // arrived in all (or hold_limit has passed): calls in flight at once all
    // arrive before the first answer, calls made one after the other cannot.
    void hold_replies_until(int requests, std::chrono::milliseconds hold_limit = std::chrono::seconds(5));
    // When each connection was accepted and each reply was written, in order.
    std::vector<Clock::time_point> accepted_at() const;
    std::vector<Clock::time_point> answered_at() const;

private:
    void accept_loop();
    void serve(int connection);
    bool read_request(int connection, std::string& buffer);
    void answer(int connection);

    const Behaviour m_behaviour;
    const std::string m_reply;
    int m_listen_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_connections { 0 };
    mutable std::mutex m_mutex; // guards everything below
    std::condition_variable m_request_arrived;
    int m_hold_until_requests = 0;
    std::chrono::milliseconds m_hold_limit { 0 };
    std::vector<Clock::time_point> m_accepted_at;
    std::vector<Clock::time_point> m_answered_at;
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
