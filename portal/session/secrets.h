#pragma once

#include "base/result.h"

#include <array>
#include <string>
#include <string_view>

namespace portal {

// Bytes from the CSPRNG; throws when the system has none (never a weak value).
std::string random_bytes(std::size_t count);

// A random token from the operating system's CSPRNG, as URL-safe hex.
std::string random_token(std::size_t bytes = 32);

// SHA-256 of `text` as lower-case hex.
std::string sha256_hex(std::string_view text);

// Compares two secrets in time that does not depend on where they differ.
bool equal_in_constant_time(std::string_view a, std::string_view b);

// Seals secrets (the CRM password that every JSON call needs) with AES-256-GCM
// so that the session store never holds them in clear. Every portal node that
// shares a session store reads the same key from $secret_key_file.
class SecretSealer {
public:
    inline static constexpr std::size_t k_key_size = 32;

    // A key of this process alone (commands that seal nothing that outlives them, tests).
    static base::Result<SecretSealer> create();
    // The key file must hold exactly 32 bytes and be readable by its owner
    // alone: a key others can read would unseal every stored password.
    static base::Result<SecretSealer> create_from_key_file(const std::string& path);

    std::string seal(std::string_view plain) const;
    base::Result<std::string> open(std::string_view sealed) const;

private:
    std::array<unsigned char, k_key_size> m_key {};
};

}
