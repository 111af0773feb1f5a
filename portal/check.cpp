#include "portal/check.h"

#include "portal/check_pages.h"

#include "crm-connector/crm_error.h"
#include "portal/session/secrets.h"
#include "portal/setup.h"
#include "portal/views/catalog_check.h"

namespace portal {

namespace {

int failed(std::ostream& out, const std::string& step, const std::string& why)
{
    out << "FAIL " << step << ": " << why << "\n";
    return 1;
}

}

int run_check(const CheckOptions& options, std::ostream& out)
{
    auto config = load_config(options.config_path);
    if (!config.ok())
        return failed(out, "config", "\n" + config.error().message());
    out << "ok   config: " << options.config_path << ", CRM at " << config->site_url << "\n";
    auto renderer = Renderer::create(renderer_options(*config, options.root));
    if (!renderer.ok())
        return failed(out, "theme and languages", renderer.error().message());
    out << "ok   theme '" << config->theme << "' and language '" << config->language << "'\n";
    // A gap in a translation shows English, so it is worth a warning, not a failure.
    for (const auto& problem : check_catalogs(options.root))
        out << "warn language files: " << problem << "\n";
    auto sealer = SecretSealer::create_from_key_file(config->secret_key_file);
    if (!sealer.ok())
        return failed(out, "secret key file", sealer.error().message());
    out << "ok   secret key file " << config->secret_key_file << "\n";
    auto sessions = make_session_store(*config);
    if (!sessions.ok())
        return failed(out, "session store", sessions.error().message());
    out << "ok   sessions in " << config->session_store << "\n";
    auto client = crm::JsonCrmClient::create(crm_options(*config));
    if (!client.ok())
        return failed(out, "CRM client", client.error().message());
    if (options.user.empty()) {
        // Without a login the CRM must still answer in its protocol: "Login failed".
        auto answer = (*client)->ping({ "portal-check@invalid", "-", "" });
        if (!answer.ok() && !answer.error().is(crm::error_codes::k_wrong_credentials))
            return failed(out, "CRM", answer.error().message());
        out << "ok   the CRM answers the customer-portal API\n";
        out << "     (give --user and --password to log in as a customer)\n";
        return 0;
    }
    crm::Credentials credentials { options.user, options.password, config->language };
    auto ping = (*client)->ping(credentials);
    if (!ping.ok())
        return failed(out, "login as " + options.user, ping.error().message());
    out << "ok   login as " << options.user << "\n";
    auto modules = (*client)->fetch_modules(credentials);
    if (!modules.ok())
        return failed(out, "modules", modules.error().message());
    out << "ok   contact " << modules->contact.label << " (" << modules->contact.id << ")";
    if (modules->account)
        out << " of " << modules->account->label;
    out << "\n     modules the portal shows:";
    for (const auto& module : modules->modules)
        out << " " << module.name;
    out << "\n";
    auto extensions = (*client)->fetch_extensions();
    if (extensions.ok() && extensions->empty())
        out << "ok   the CRM has no extensions (a stock Vtiger): no sign-up and no sign-in history; "
               "forgotten passwords by Vtiger's own mail\n";
    else if (extensions.ok())
        out << "ok   the CRM's extensions: " << extensions->size() << " operations\n";
    return check_pages(**client, credentials, *modules, out);
}

}
