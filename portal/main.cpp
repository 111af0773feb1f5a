#include "base/log.h"
#include "base/strings.h"
#include "crm-connector/json_client.h"
#include "crm-connector/operation_command.h"
#include "portal/check.h"
#include "portal/context.h"
#include "portal/handlers/pages.h"
#include "portal/routes.h"
#include "portal/services/captcha.h"
#include "portal/services/extension_catalog.h"
#include "portal/services/login_throttle.h"
#include "portal/services/support_period.h"
#include "portal/setup.h"
#include "web/fastcgi_server.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>
#include <vector>

namespace {

constexpr const char* k_usage = "usage: portal serve [--config FILE] [--root DIR] [--listen ADDRESS] [--threads N]\n"
                                "       portal check [--config FILE] [--root DIR] [--user EMAIL --password PASSWORD]\n"
                                "       portal crm OPERATION [key=value…] [--config FILE] [--user EMAIL --password "
                                "PASSWORD] [--language CODE]\n"
                                "       portal reload --pid-file FILE\n"
                                "       portal routes [--config FILE] [--root DIR]\n"
                                "Help.txt explains every command and every config.inc key.\n";

struct Arguments {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> words; // what is not an --option: `portal crm`'s operation and key=value

    std::string option(const std::string& name, std::string fallback = "") const
    {
        auto found = options.find(name);
        return found == options.end() ? fallback : found->second;
    }
};

std::optional<Arguments> parse_arguments(int argc, char** argv)
{
    if (argc < 2)
        return std::nullopt;
    Arguments arguments { argv[1], {}, {} };
    for (int i = 2; i < argc; ++i) {
        std::string name = argv[i];
        if (!name.starts_with("--")) {
            arguments.words.push_back(name);
            continue;
        }
        if (i + 1 >= argc)
            return std::nullopt;
        arguments.options[name.substr(2)] = argv[++i];
    }
    if (arguments.command != "crm" && !arguments.words.empty())
        return std::nullopt;
    return arguments;
}

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string first_set(const char* name, const char* fallback)
{
    std::string value = environment(name);
    return value.empty() ? environment(fallback) : value;
}

// The folder holding themes/ and lang/: --root, else the config file's folder.
std::string root_folder(const Arguments& arguments)
{
    std::string root = arguments.option("root");
    if (!root.empty())
        return root;
    auto folder = std::filesystem::path(arguments.option("config", "config.inc")).parent_path();
    return folder.empty() ? "." : folder.string();
}

sigset_t handled_signals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    return signals;
}

// Stops the server on SIGTERM or SIGINT and reloads themes and languages on
// SIGHUP (and asks the CRM for its extensions again); the signals are blocked in every other thread so that this one
// alone receives them.
std::thread watch_signals(
    web::FastCgiServer& server, portal::Views& views, portal::CrmExtensions& extensions, const Arguments& arguments)
{
    return std::thread([&server, &views, &extensions, &arguments] {
        sigset_t signals = handled_signals();
        while (true) {
            int received = 0;
            sigwait(&signals, &received);
            if (received != SIGHUP)
                break;
            portal::reload_views(views, arguments.option("config", "config.inc"), root_folder(arguments));
            // A reload is also when an upgraded CRM's extensions are noticed.
            extensions.forget();
        }
        base::log::info("portal", "stopping");
        server.stop();
    });
}

int complain(const base::Error& error)
{
    std::cerr << error.message() << "\n";
    return 1;
}

int serve(const Arguments& arguments)
{
    auto config = portal::load_config(arguments.option("config", "config.inc"));
    if (!config.ok())
        return complain(config.error());
    auto views = portal::Views::create(portal::renderer_options(*config, root_folder(arguments)));
    auto crm_client = crm::JsonCrmClient::create(portal::crm_options(*config));
    auto sealer = portal::SecretSealer::create_from_key_file(config->secret_key_file);
    auto sessions = portal::make_session_store(*config);
    auto threads = base::parse_int(arguments.option("threads", "8"));
    for (const base::Error* error :
        { views.ok() ? nullptr : &views.error(), crm_client.ok() ? nullptr : &crm_client.error(),
            sealer.ok() ? nullptr : &sealer.error(), sessions.ok() ? nullptr : &sessions.error() }) {
        if (error)
            return complain(*error);
    }
    if (!threads || *threads < 1 || *threads > 256) {
        std::cerr << "--threads must be a whole number from 1 to 256\n";
        return 2;
    }
    portal::LoginThrottle throttle(portal::throttle_limits(*config));
    portal::CrmExtensions extensions(**crm_client);
    portal::SupportPeriods support_periods;
    portal::Captchas captchas(*sealer, config->test_log_captcha_answers);
    if (config->test_log_captcha_answers)
        base::log::warning("portal", "$test_log_captcha_answers is on: sign-up captchas are logged (tests only!)");
    portal::FormDrafts drafts(*sealer);
    portal::Context context { *config, **crm_client, **sessions, *sealer, **views, throttle, extensions,
        support_periods, captchas, drafts };
    web::Router router = portal::make_routes(context);

    sigset_t signals = handled_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    web::FastCgiServerOptions options;
    options.listen_address = arguments.option("listen", "127.0.0.1:9000");
    options.worker_threads = static_cast<int>(*threads);
    options.max_body_bytes = config->request_body_limit();
    auto server = web::FastCgiServer::create(options, [&router](web::HttpRequest& request) {
        web::HttpResponse response = router.dispatch(request);
        portal::add_security_headers(response);
        return response;
    });
    if (!server.ok())
        return complain(server.error());
    base::log::info("portal",
        "serving on " + options.listen_address + " with " + std::to_string(*threads) + " threads, CRM at "
            + config->site_url + ", sessions in " + config->session_store);
    std::thread watcher = watch_signals(**server, **views, extensions, arguments);
    (*server)->run();
    watcher.join();
    return 0;
}

int crm_usage(const std::string& why)
{
    std::cerr << why << "\n" << k_usage << "operations:\n" << crm::operations_usage();
    return 2;
}

// `portal crm OP key=value…`: one CRM call, its decoded result as JSON.
int crm_command(const Arguments& arguments)
{
    auto call = crm::parse_operation_call(arguments.words);
    if (!call.ok())
        return crm_usage(call.error().message());
    crm::Credentials credentials { arguments.option("user", environment("PORTAL_CRM_USER")),
        arguments.option("password", environment("PORTAL_CRM_PASSWORD")), arguments.option("language") };
    if (credentials.username.empty() && call->operation != "ForgotPassword")
        return crm_usage("give --user and --password (or PORTAL_CRM_USER and PORTAL_CRM_PASSWORD)");
    auto config = portal::load_config(arguments.option("config", "config.inc"));
    if (!config.ok())
        return complain(config.error());
    if (credentials.language.empty())
        credentials.language = config->language;
    auto client = crm::JsonCrmClient::create(portal::crm_options(*config));
    if (!client.ok())
        return complain(client.error());
    auto output = crm::run_operation(**client, credentials, *call);
    if (!output.ok() && output.error().is(crm::k_usage_error))
        return crm_usage(output.error().message());
    if (!output.ok()) {
        std::cerr << output.error().code() << ": " << output.error().message() << "\n";
        return 1;
    }
    std::cout << *output << "\n";
    return 0;
}

}

// `portal reload --pid-file FILE`: asks the running portal to reload its
// theme and languages (SIGHUP), as `systemctl reload` does.
int reload_command(const Arguments& arguments)
{
    std::string pid_file = arguments.option("pid-file");
    std::ifstream file(pid_file);
    long pid = 0;
    if (pid_file.empty() || !(file >> pid) || pid <= 1) {
        std::cerr << "portal reload: give --pid-file with the pid of the running portal\n";
        return 2;
    }
    if (kill(static_cast<pid_t>(pid), SIGHUP) != 0) {
        std::cerr << "portal reload: no portal runs as pid " << pid << " (" << std::strerror(errno) << ")\n";
        return 1;
    }
    std::cout << "asked the portal (pid " << pid << ") to reload its theme and languages; its log says how it went\n";
    return 0;
}

// `portal routes`: every METHOD PATTERN the portal serves, one a line, from
// the route table itself (the tests post to every POST route without a token).
int routes_command(const Arguments& arguments)
{
    auto config = portal::load_config(arguments.option("config", "config.inc"));
    if (!config.ok())
        return complain(config.error());
    auto views = portal::Views::create(portal::renderer_options(*config, root_folder(arguments)));
    auto crm_client = crm::JsonCrmClient::create(portal::crm_options(*config));
    auto sealer = portal::SecretSealer::create();
    if (!views.ok() || !crm_client.ok() || !sealer.ok()) {
        std::cerr << "portal routes: the configuration does not load; run portal check\n";
        return 1;
    }
    portal::MemorySessionStore sessions(portal::session_limits(*config));
    portal::LoginThrottle throttle(portal::throttle_limits(*config));
    portal::CrmExtensions extensions(**crm_client);
    portal::SupportPeriods support_periods;
    portal::Captchas captchas(*sealer, false);
    portal::FormDrafts drafts(*sealer);
    portal::Context context { *config, **crm_client, sessions, *sealer, **views, throttle, extensions, support_periods,
        captchas, drafts };
    web::Router router = portal::make_routes(context);
    for (const auto& route : router.routes())
        std::cout << route.method << " " << route.pattern << "\n";
    return 0;
}

int main(int argc, char** argv)
{
    auto arguments = parse_arguments(argc, argv);
    if (!arguments) {
        std::cerr << k_usage;
        return 2;
    }
    if (arguments->command == "serve")
        return serve(*arguments);
    if (arguments->command == "crm")
        return crm_command(*arguments);
    if (arguments->command == "reload")
        return reload_command(*arguments);
    if (arguments->command == "routes")
        return routes_command(*arguments);
    if (arguments->command == "check") {
        portal::CheckOptions options { arguments->option("config", "config.inc"), root_folder(*arguments),
            arguments->option("user", first_set("PORTAL_CHECK_USER", "PORTAL_CRM_USER")),
            arguments->option("password", first_set("PORTAL_CHECK_PASSWORD", "PORTAL_CRM_PASSWORD")) };
        return portal::run_check(options, std::cout);
    }
    std::cerr << k_usage;
    return 2;
}
