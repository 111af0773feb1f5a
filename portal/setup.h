#pragma once

#include "crm-connector/json_client.h"
#include "portal/config.h"
#include "portal/views/renderer.h"

#include <string>

namespace portal {

// How config.inc turns into the options of the parts main.cpp builds; shared
// by `portal serve` and `portal check` so both see the same portal.
RendererOptions renderer_options(const Config& config, const std::string& root);
crm::JsonClientOptions crm_options(const Config& config);

}
