#pragma once

#include "base/result.h"

#include <array>
#include <string>
#include <string_view>

namespace portal {

// A random token from the operating system's CSPRNG, as URL-safe hex.
std::string random_token(std::size_t bytes = 32);

// Compares two secrets in time that does not depend on where they differ.
bool equal_in_constant_time(std::string_view a, std::string_view b);

// Seals secrets (the CRM password that every JSON call needs) with AES-256-GCM
// so that the session store never holds them in clear. The key lives only in
// this process: sessions are in memory and die with it anyway.
class SecretSealer {
public:
    static base::Result<SecretSealer> create();

    std::string seal(std::string_view plain) const;
    base::Result<std::string> open(std::string_view sealed) const;

private:
    std::array<unsigned char, 32> m_key {};
};

}
