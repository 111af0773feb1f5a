#pragma once

#include "base/result.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace refcrm {

// Portal passwords are bcrypt ("$2b$", cost 10), stored with cryptmode
// "CRYPT" as Vtiger does (docs/json-api.md, The CRM's portal settings).
base::Result<std::string> hash_password(std::string_view plain);

// True when plain matches the stored bcrypt hash. Compares in constant time;
// a malformed hash never matches.
bool verify_password(std::string_view plain, const std::string& stored_hash);

// bcrypt costs tens of milliseconds and the stateless portal API checks the
// password on every call. A password bcrypt accepted is remembered for a
// while, keyed by the stored hash, as a fast salted SHA-256-crypt of it (never
// in clear, salt random per process); a changed password has a new stored
// hash and is checked in full again, and a wrong one always is. Thread-safe.
class VerifiedPasswords {
public:
    static base::Result<std::shared_ptr<VerifiedPasswords>> create(std::chrono::seconds lifetime);

    bool verify(std::string_view plain, const std::string& stored_hash);

private:
    struct Entry {
        std::string fast_hash;
        std::chrono::steady_clock::time_point expires;
    };

    VerifiedPasswords(std::string setting, std::chrono::seconds lifetime)
        : m_setting(std::move(setting))
        , m_lifetime(lifetime)
    {
    }
    bool remembered(std::string_view plain, const std::string& stored_hash);

    const std::string m_setting; // "$5$rounds=1000$<random salt>"
    const std::chrono::seconds m_lifetime;
    std::mutex m_mutex; // guards m_entries
    std::map<std::string, Entry> m_entries;
};

}
