#pragma once

#include "crm-connector/json_client.h"
#include "portal/config.h"
#include "portal/services/login_throttle.h"
#include "portal/session/session_store.h"
#include "portal/views/views.h"

#include <memory>
#include <string>

namespace portal {

// How config.inc turns into the options of the parts main.cpp builds; shared
// by `portal serve` and `portal check` so both see the same portal.
RendererOptions renderer_options(const Config& config, const std::string& root);
crm::JsonClientOptions crm_options(const Config& config);

SessionLimits session_limits(const Config& config);
ThrottleLimits throttle_limits(const Config& config);
// The store $session_store names: memory, or MariaDB (its table created when missing).
base::Result<std::unique_ptr<SessionStore>> make_session_store(const Config& config);

// Reads config.inc again and swaps in its theme, language, company name and
// logo with freshly loaded templates and language files; on any error the
// portal keeps what it had and the log says why (file and line).
void reload_views(Views& views, const std::string& config_path, const std::string& root);

}
