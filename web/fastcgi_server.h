#pragma once

#include "base/result.h"
#include "web/http_request.h"
#include "web/http_response.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace web {

struct FastCgiServerOptions {
    // "/path/to/socket" for a unix socket, or "127.0.0.1:9000" for TCP.
    std::string listen_address;
    int worker_threads = 8;
    // Bodies larger than this are not read; the request arrives with
    // body_too_large set so the handler can answer with a clear page.
    std::size_t max_body_bytes = 16 * 1024 * 1024;
};

// A pool of threads, each looping on FCGX_Accept_r over one listening socket.
// The handler must be thread-safe; an exception escaping it becomes a 500.
class FastCgiServer {
public:
    using RequestHandler = std::function<HttpResponse(HttpRequest&)>;

    static base::Result<std::unique_ptr<FastCgiServer>> create(FastCgiServerOptions options, RequestHandler handler);
    ~FastCgiServer();

    // Blocks until stop() is called (e.g. from a signal-watching thread).
    void run();
    void stop();

private:
    FastCgiServer(FastCgiServerOptions options, RequestHandler handler, int socket_fd);
    void worker_loop();

    FastCgiServerOptions m_options;
    RequestHandler m_handler;
    int m_socket_fd = -1;
    std::atomic<bool> m_stopping { false };
};

}
