#include "reference-crm/commands.h"

#include "base/log.h"
#include "base/strings.h"
#include "reference-crm/http_endpoint.h"
#include "web/fastcgi_server.h"

#include <csignal>
#include <thread>

namespace refcrm {

namespace {

constexpr int k_default_threads = 4;

base::Result<web::FastCgiServerOptions> server_options(const CommandOptions& options)
{
    auto listen = options.get("--listen");
    if (!listen || listen->empty())
        return base::Error("usage", "serve needs --listen unix:PATH or HOST:PORT");
    web::FastCgiServerOptions server;
    server.listen_address = listen->starts_with("unix:") ? listen->substr(5) : *listen;
    server.worker_threads = k_default_threads;
    if (auto threads = options.get("--threads")) {
        auto count = base::parse_int(*threads);
        if (!count || *count < 1 || *count > 256)
            return base::Error("usage", "invalid --threads '" + *threads + "'");
        server.worker_threads = static_cast<int>(*count);
    }
    server.max_body_bytes = 8 * 1024 * 1024;
    return server;
}

// SIGINT/SIGTERM are blocked in every thread and taken here, so that the
// server stops cleanly instead of dying mid-request.
sigset_t stop_signals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    return signals;
}

}

base::Result<void> run_serve(const CommandLine& line)
{
    auto options = TRY(CommandOptions::parse(line.arguments, { "--listen", "--threads" }, 0));
    web::FastCgiServerOptions server_settings = TRY(server_options(options));
    sigset_t signals = stop_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    auto pool
        = TRY(storage::ConnectionPool::create(line.database, static_cast<std::size_t>(server_settings.worker_threads)));
    api::ApiHandler handler(*pool, TRY(api::Authenticator::create()));
    auto server = TRY(web::FastCgiServer::create(
        server_settings, [&handler](web::HttpRequest& request) { return handle_http(handler, request); }));
    std::thread watcher([&signals, &server] {
        int received = 0;
        sigwait(&signals, &received);
        base::log::info("serve", "stopping on signal " + std::to_string(received));
        server->stop();
    });
    base::log::info("serve",
        "listening on " + server_settings.listen_address + " with " + std::to_string(server_settings.worker_threads)
            + " threads, database " + line.database.address());
    server->run();
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    return {};
}

}
