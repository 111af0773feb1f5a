#include "web/fastcgi_server.h"

#include "base/log.h"
#include "web/fastcgi_exchange.h"
#include "web/listen_socket.h"

#include <fcgiapp.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/socket.h>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace web {

namespace {

constexpr std::string_view k_log = "web";

// FCGX_Init installs handlers for SIGTERM and SIGUSR1 (where none is set)
// that only raise libfcgi's own shutdown flag: SIGTERM would then neither end
// the process nor stop the server. Those two get their old handling back; the
// SIGPIPE handler stays, so a vanished web server is a write error.
int init_keeping_signals()
{
    struct sigaction old_term { };
    struct sigaction old_usr1 { };
    ::sigaction(SIGTERM, nullptr, &old_term);
    ::sigaction(SIGUSR1, nullptr, &old_usr1);
    int result = FCGX_Init();
    ::sigaction(SIGTERM, &old_term, nullptr);
    ::sigaction(SIGUSR1, &old_usr1, nullptr);
    return result;
}

base::Result<void> initialize_libfcgi()
{
    static std::once_flag once;
    static int result = 0;
    std::call_once(once, [] { result = init_keeping_signals(); });
    if (result != 0)
        return base::Error("web.fcgi_init", "cannot initialise libfcgi (error " + std::to_string(result) + ")");
    return {};
}

// One FCGX_Request per worker, freed with its connection when the worker ends.
class FastCgiRequest {
public:
    explicit FastCgiRequest(int socket_fd) { FCGX_InitRequest(&m_request, socket_fd, 0); }
    ~FastCgiRequest() { FCGX_Free(&m_request, 1); }
    FastCgiRequest(const FastCgiRequest&) = delete;
    FastCgiRequest& operator=(const FastCgiRequest&) = delete;

    FCGX_Request& get() { return m_request; }

private:
    FCGX_Request m_request {};
};

base::Result<int> open_socket(const ListenAddress& address, const FastCgiServerOptions& options)
{
    TRY(prepare_to_listen(address));
    int fd = FCGX_OpenSocket(address.fcgi_address().c_str(), options.listen_backlog);
    if (fd < 0)
        return base::Error("web.listen", "cannot open the socket " + address.fcgi_address());
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (address.is_unix_socket && ::chmod(address.path.c_str(), static_cast<mode_t>(options.socket_mode)) != 0) {
        int error_number = errno;
        ::close(fd);
        ::unlink(address.path.c_str());
        return base::Error("web.listen",
            "cannot set the permissions of " + address.path + ": " + std::system_category().message(error_number));
    }
    return fd;
}

}

base::Result<std::unique_ptr<FastCgiServer>> FastCgiServer::create(FastCgiServerOptions options, RequestHandler handler)
{
    if (options.worker_threads < 1)
        return base::Error("web.options", "a FastCGI server needs at least one worker thread");
    if (!handler)
        return base::Error("web.options", "a FastCGI server needs a request handler");
    ListenAddress address = TRY(parse_listen_address(options.listen_address));
    TRY(initialize_libfcgi());
    int fd = TRY(open_socket(address, options));
    std::unique_ptr<FastCgiServer> server(new FastCgiServer(std::move(options), std::move(handler), fd));
    struct stat status { };
    std::error_code no_directory;
    if (address.is_unix_socket && ::stat(address.path.c_str(), &status) == 0) {
        server->m_socket_path = std::filesystem::absolute(address.path, no_directory).string();
        server->m_socket_inode = status.st_ino;
    }
    return server;
}

FastCgiServer::FastCgiServer(FastCgiServerOptions options, RequestHandler handler, int socket_fd)
    : m_options(std::move(options))
    , m_handler(std::move(handler))
    , m_socket_fd(socket_fd)
{
}

FastCgiServer::~FastCgiServer()
{
    ::close(m_socket_fd);
    remove_socket_file();
}

void FastCgiServer::remove_socket_file() const
{
    struct stat status { };
    if (!m_socket_path.empty() && ::lstat(m_socket_path.c_str(), &status) == 0 && S_ISSOCK(status.st_mode)
        && status.st_ino == m_socket_inode)
        ::unlink(m_socket_path.c_str());
}

void FastCgiServer::run()
{
    std::vector<std::thread> workers;
    try {
        for (int i = 0; i < m_options.worker_threads; ++i)
            workers.emplace_back([this] { worker_loop(); });
    } catch (const std::system_error& error) {
        base::log::error(k_log, "started only " + std::to_string(workers.size()) + " worker threads: " + error.what());
    }
    for (std::thread& worker : workers)
        worker.join();
}

// shutdown() wakes a worker blocked in accept() with EINVAL and makes later
// accepts fail at once. FCGX_ShutdownPending() is not used: it is a
// process-wide flag that would also stop any later server in this process.
void FastCgiServer::stop()
{
    if (m_stopping.exchange(true))
        return;
    base::log::info(k_log, "stopping: answering the requests in progress, accepting no more");
    ::shutdown(m_socket_fd, SHUT_RDWR);
}

void FastCgiServer::worker_loop()
{
    FastCgiRequest request(m_socket_fd);
    bool failing = false;
    while (!m_stopping) {
        int accepted = 0;
        {
            std::lock_guard lock(m_accept_mutex);
            if (m_stopping)
                break;
            accepted = FCGX_Accept_r(&request.get());
        }
        if (accepted < 0 && !m_stopping) {
            if (!std::exchange(failing, true))
                base::log::error(k_log, "accepting FastCGI connections fails (" + std::to_string(accepted) + ")");
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        if (accepted < 0)
            break;
        failing = false;
        serve_fastcgi_request(request.get(), m_options.max_body_bytes, m_handler);
        FCGX_Finish_r(&request.get());
    }
}

}
