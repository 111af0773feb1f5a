#pragma once

#include "base/result.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace web {

struct FastCgiServerOptions {
    // "/path/to/socket" for a unix socket, or "127.0.0.1:9000" for TCP
    // (a numeric IPv4 address; ":9000" or "*:9000" listen on all addresses).
    std::string listen_address;
    int worker_threads = 8;
    // Permissions given to a unix socket, so that nginx's user can connect.
    int socket_mode = 0660;
    // Connections the kernel queues while every worker is busy.
    int listen_backlog = 128;
    // Bodies larger than this are not read; the request arrives with
    // body_too_large set so the handler can answer with a clear page.
    std::size_t max_body_bytes = 16 * 1024 * 1024;
};

// A pool of threads, each looping on FCGX_Accept_r over one listening socket.
// The handler must be thread-safe; an exception escaping it becomes a 500.
// A stale unix socket file is replaced at create() and removed at destruction.
class FastCgiServer {
public:
    using RequestHandler = std::function<HttpResponse(HttpRequest&)>;

    static base::Result<std::unique_ptr<FastCgiServer>> create(FastCgiServerOptions options, RequestHandler handler);
    ~FastCgiServer();

    FastCgiServer(const FastCgiServer&) = delete;
    FastCgiServer& operator=(const FastCgiServer&) = delete;

    // Blocks until stop() is called (e.g. from a signal-watching thread).
    void run();
    // Safe from any thread, and more than once: no new request is accepted,
    // and run() returns once the requests in progress are answered.
    void stop();

private:
    FastCgiServer(FastCgiServerOptions options, RequestHandler handler, int socket_fd);
    void worker_loop();
    void remove_socket_file() const;

    FastCgiServerOptions m_options;
    RequestHandler m_handler;
    int m_socket_fd = -1;
    // The unix socket this server created, to remove it only if it is still ours.
    std::string m_socket_path;
    unsigned long m_socket_inode = 0;
    std::atomic<bool> m_stopping { false };
    // Some platforms need accept() serialised (libfcgi's threaded example).
    std::mutex m_accept_mutex;
};

}
