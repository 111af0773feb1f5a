#include "portal/setup.h"

namespace portal {

RendererOptions renderer_options(const Config& config, const std::string& root)
{
    std::string static_url = "/themes/" + config.theme + "/static";
    return { root, config.theme, config.language,
        {
            { "COMPANY_NAME", config.company_name },
            { "LOGO_URL", config.logo_path.empty() ? static_url + "/img/logo.svg" : config.logo_path },
            { "STATIC_URL", static_url },
        } };
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

}
