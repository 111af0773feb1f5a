#pragma once

#include "crm-connector/crm_client.h"
#include "portal/config.h"
#include "portal/services/login_throttle.h"
#include "portal/services/captcha.h"
#include "portal/services/extension_catalog.h"
#include "portal/services/support_period.h"
#include "portal/session/secrets.h"
#include "portal/session/session_store.h"
#include "portal/views/views.h"

namespace portal {

// What every handler may use, built once in main.cpp and read-only after
// start-up (the session store locks itself).
struct Context {
    const Config& config;
    crm::CrmClient& crm;
    SessionStore& sessions;
    const SecretSealer& sealer;
    const Views& views;
    LoginThrottle& throttle;
    // The account lifecycle's process-wide state (each locks itself).
    CrmExtensions& extensions;
    SupportPeriods& support_periods;
    Captchas& captchas;
};

}
