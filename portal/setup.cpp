#include "portal/setup.h"

#include "base/log.h"
#include "portal/session/mariadb_session_store.h"

namespace portal {

RendererOptions renderer_options(const Config& config, const std::string& root)
{
    std::string static_url = "/themes/" + config.theme + "/static";
    return { root, config.theme, config.language,
        {
            { "COMPANY_NAME", config.company_name },
            { "LOGO_URL", config.logo_path.empty() ? static_url + "/img/logo.svg" : config.logo_path },
            { "STATIC_URL", static_url },
        },
        config.stylesheet_url };
}

crm::JsonClientOptions crm_options(const Config& config)
{
    crm::JsonClientOptions options;
    options.site_url = config.site_url;
    options.connect_timeout_ms = config.crm_connect_timeout_seconds * 1000;
    options.timeout_ms = config.crm_timeout_seconds * 1000;
    options.ca_file = config.crm_ca_file;
    options.verify_tls = config.crm_verify_tls;
    return options;
}

SessionLimits session_limits(const Config& config)
{
    return { std::chrono::minutes(config.session_idle_minutes), std::chrono::hours(config.session_lifetime_hours) };
}

ThrottleLimits throttle_limits(const Config& config)
{
    return { config.login_failures_per_account, config.login_failures_per_address,
        std::chrono::minutes(config.login_lockout_minutes) };
}

base::Result<std::unique_ptr<SessionStore>> make_session_store(const Config& config)
{
    if (config.session_store != "mariadb")
        return std::unique_ptr<SessionStore>(std::make_unique<MemorySessionStore>(session_limits(config)));
    MariaDbSessionOptions options { config.session_db_host, config.session_db_port, config.session_db_socket,
        config.session_db_user, config.session_db_password, config.session_db_name };
    auto store = TRY(MariaDbSessionStore::create(std::move(options), session_limits(config)));
    return std::unique_ptr<SessionStore>(std::move(store));
}

void reload_views(Views& views, const std::string& config_path, const std::string& root)
{
    auto config = load_config(config_path);
    if (!config.ok()) {
        base::log::error("reload", "kept the current theme and languages: " + config.error().message());
        return;
    }
    auto reloaded = views.reload(renderer_options(*config, root));
    if (!reloaded.ok()) {
        base::log::error("reload", "kept the current theme and languages: " + reloaded.error().message());
        return;
    }
    base::log::info("reload", "theme '" + config->theme + "' and language '" + config->language + "' loaded");
}

}
