#pragma once

#include "reference-crm/api/api_call.h"
#include "reference-crm/api/authenticator.h"
#include "reference-crm/api/behaviour.h"
#include "reference-crm/api/portal_settings.h"
#include "reference-crm/json.h"
#include "reference-crm/storage/connection_pool.h"

namespace refcrm::api {

// The customer-portal JSON API (docs/json-api.md, Authentication): picks the operation,
// authenticates the caller, runs the operation on a pooled connection and
// wraps the answer in Vtiger's envelope. Thread-safe.
class ApiHandler {
public:
    ApiHandler(storage::ConnectionPool& pool, Authenticator authenticator, Behaviour behaviour = Behaviour::reference)
        : m_pool(pool)
        , m_authenticator(std::move(authenticator))
        , m_behaviour(behaviour)
    {
    }

    ApiReply handle(const ApiCall& call) const;

private:
    base::Result<json::Value> authenticate_and_run(const ApiCall& call, std::string& contact) const;
    base::Result<PortalSettings> settings(storage::Connection& db) const;

    storage::ConnectionPool& m_pool;
    const Authenticator m_authenticator;
    const Behaviour m_behaviour;
};

}
