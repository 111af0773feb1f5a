#include "reference-crm/commands.h"

#include "base/log.h"
#include "base/strings.h"
#include "reference-crm/http_endpoint.h"
#include "reference-crm/mail/outbox_sender.h"
#include "web/fastcgi_server.h"

#include <csignal>
#include <cstdlib>
#include <memory>
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
std::optional<std::string> environment_variable(const std::string& name)
{
    const char* value = std::getenv(name.c_str());
    return value ? std::optional<std::string>(value) : std::nullopt;
}

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
    auto options = TRY(CommandOptions::parse(line.arguments, { "--listen", "--threads", "--behave-as" }, 0));
    auto behaviour = api::parse_behaviour(options.get("--behave-as").value_or("reference"));
    if (!behaviour)
        return base::Error("usage", "--behave-as takes reference or vtiger-8.3");
    web::FastCgiServerOptions server_settings = TRY(server_options(options));
    sigset_t signals = stop_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    auto pool
        = TRY(storage::ConnectionPool::create(line.database, static_cast<std::size_t>(server_settings.worker_threads)));
    api::ApiHandler handler(*pool, TRY(api::Authenticator::create()), *behaviour);
    // With an SMTP relay configured, the outbox goes out while the CRM serves.
    std::unique_ptr<mail::OutboxSender> sender;
    if (auto smtp = TRY(mail::smtp_from_environment(environment_variable)))
        sender = std::make_unique<mail::OutboxSender>(line.database, *smtp);
    auto server = TRY(web::FastCgiServer::create(
        server_settings, [&handler](web::HttpRequest& request) { return handle_http(handler, request); }));
    std::thread watcher([&signals, &server] {
        int received = 0;
        sigwait(&signals, &received);
        base::log::info("serve", "stopping on signal " + std::to_string(received));
        server->stop();
    });
    base::log::info("serve",
        std::string(*behaviour == api::Behaviour::stock_vtiger ? "answering as a stock Vtiger 8.3, " : "")
            + "listening on " + server_settings.listen_address + " with "
            + std::to_string(server_settings.worker_threads) + " threads, database " + line.database.address());
    server->run();
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    return {};
}

// `send-mail`: one pass over the outbox, for a cron job or a test.
base::Result<void> run_send_mail(const CommandLine& line)
{
    TRY(CommandOptions::parse(line.arguments, {}, 0));
    auto smtp = TRY(mail::smtp_from_environment(environment_variable));
    if (!smtp)
        return base::Error("usage", "send-mail needs REFCRM_SMTP_HOST (and REFCRM_SMTP_PORT, REFCRM_MAIL_FROM)");
    auto db = TRY(storage::Connection::open(line.database));
    int sent = TRY(mail::send_outbox(*db, *smtp));
    base::log::info("mail", "sent " + std::to_string(sent) + " mail(s)");
    return {};
}

}
