#include "reference-crm/password.h"

#include <crypt.h>
#include <sys/random.h>

#include <array>
#include <memory>

namespace refcrm {

namespace {

constexpr int k_bcrypt_cost = 10;

base::Result<std::array<char, 16>> random_bytes()
{
    std::array<char, 16> bytes {};
    if (getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size()))
        return base::Error("password.random", "cannot read random bytes for a password salt");
    return bytes;
}

// crypt_rn on a heap crypt_data (it is ~32 KiB); empty when crypt fails.
std::string run_crypt(const std::string& phrase, const char* setting)
{
    auto data = std::make_unique<crypt_data>();
    const char* hashed = crypt_rn(phrase.c_str(), setting, data.get(), sizeof(crypt_data));
    if (!hashed || hashed[0] == '*')
        return {};
    return hashed;
}

bool equal_in_constant_time(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

}

base::Result<std::string> hash_password(std::string_view plain)
{
    auto bytes = TRY(random_bytes());
    std::array<char, CRYPT_GENSALT_OUTPUT_SIZE> salt {};
    if (!crypt_gensalt_rn("$2b$", k_bcrypt_cost, bytes.data(), bytes.size(), salt.data(), salt.size()))
        return base::Error("password.salt", "cannot make a bcrypt salt");
    std::string hashed = run_crypt(std::string(plain), salt.data());
    if (hashed.empty())
        return base::Error("password.hash", "bcrypt hashing failed");
    return hashed;
}

bool verify_password(std::string_view plain, const std::string& stored_hash)
{
    // bcrypt reads only the first 72 bytes and stops at a NUL byte; refuse a
    // NUL so that "secret\0anything" cannot pass for "secret".
    if (plain.find('\0') != std::string_view::npos || stored_hash.size() < 7)
        return false;
    std::string hashed = run_crypt(std::string(plain), stored_hash.c_str());
    return !hashed.empty() && equal_in_constant_time(hashed, stored_hash);
}

namespace {

constexpr std::size_t k_max_remembered = 10000;

}

base::Result<std::shared_ptr<VerifiedPasswords>> VerifiedPasswords::create(std::chrono::seconds lifetime)
{
    auto bytes = TRY(random_bytes());
    std::array<char, CRYPT_GENSALT_OUTPUT_SIZE> setting {};
    if (!crypt_gensalt_rn("$5$", 1000, bytes.data(), bytes.size(), setting.data(), setting.size()))
        return base::Error("password.salt", "cannot make a SHA-256-crypt salt");
    return std::shared_ptr<VerifiedPasswords>(new VerifiedPasswords(setting.data(), lifetime));
}

bool VerifiedPasswords::remembered(std::string_view plain, const std::string& stored_hash)
{
    std::string fast_hash;
    {
        std::lock_guard lock(m_mutex);
        auto found = m_entries.find(stored_hash);
        if (found == m_entries.end() || found->second.expires < std::chrono::steady_clock::now())
            return false;
        fast_hash = found->second.fast_hash;
    }
    std::string hashed = run_crypt(std::string(plain), fast_hash.c_str());
    return !hashed.empty() && equal_in_constant_time(hashed, fast_hash);
}

bool VerifiedPasswords::verify(std::string_view plain, const std::string& stored_hash)
{
    if (plain.find('\0') != std::string_view::npos)
        return false;
    if (remembered(plain, stored_hash))
        return true;
    if (!verify_password(plain, stored_hash))
        return false;
    std::string fast_hash = run_crypt(std::string(plain), m_setting.c_str());
    if (fast_hash.empty())
        return true;
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= k_max_remembered)
        m_entries.clear();
    m_entries[stored_hash] = { std::move(fast_hash), std::chrono::steady_clock::now() + m_lifetime };
    return true;
}

}
