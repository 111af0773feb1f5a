#pragma once

#include "reference-crm/api/customer.h"
#include "reference-crm/password.h"
#include "reference-crm/storage/database.h"

#include <string>
#include <string_view>

namespace refcrm::api {

// The login check of every call (docs/json-api.md, Authentication): an active portal login,
// portal flag on, today inside the support dates, bcrypt password match.
// Every failure is the same 1412 "Login failed", and an unknown user costs
// the same bcrypt work as a known one, so timing does not tell them apart.
class Authenticator {
public:
    static base::Result<Authenticator> create();

    base::Result<Customer> authenticate(
        storage::Connection& db, std::string_view user_name, std::string_view password) const;

    // Burns the time of one password check; for rejects decided before the
    // database is asked.
    void spend_password_check(std::string_view password) const;

private:
    Authenticator(std::string dummy_hash, std::shared_ptr<VerifiedPasswords> verified)
        : m_dummy_hash(std::move(dummy_hash))
        , m_verified(std::move(verified))
    {
    }

    std::string m_dummy_hash;
    std::shared_ptr<VerifiedPasswords> m_verified;
};

}
