#pragma once

#include "crm-connector/crm_client.h"
#include "portal/config.h"
#include "portal/session/form_drafts.h"
#include "portal/session/secrets.h"
#include "portal/session/session_store.h"
#include "portal/views/views.h"

namespace portal {

// The account lifecycle's process-wide state, each locking itself; their
// headers are in services/, which builds on this one.
class LoginThrottle;
class CrmExtensions;
class SupportPeriods;
class Captchas;

// What every handler may use, built once in main.cpp and read-only after
// start-up (the session store locks itself). What belongs to one request
// is in Request (request.h).
struct Context {
    const Config& config;
    crm::CrmClient& crm;
    SessionStore& sessions;
    const SecretSealer& sealer;
    const Views& views;
    LoginThrottle& throttle;
    CrmExtensions& extensions;
    SupportPeriods& support_periods;
    Captchas& captchas;
    FormDrafts& drafts;
};

}
