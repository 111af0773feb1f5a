#include "portal/session/secrets.h"

#include "base/strings.h"

#include "portal/session/session_codec.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>

namespace portal {

namespace {

constexpr std::size_t k_iv_size = 12;
constexpr std::size_t k_tag_size = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext new_context() { return CipherContext(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free); }

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

}

std::string random_bytes(std::size_t count)
{
    std::string raw(count, '\0');
    // RAND_bytes fails only when the system has no entropy source at all; a
    // predictable session id would be worse than stopping.
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(count)) != 1)
        throw std::runtime_error("the system's random number generator failed");
    return raw;
}

std::string random_token(std::size_t bytes) { return base::to_hex(random_bytes(bytes)); }

std::string sha256_hex(std::string_view text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    return base::to_hex(std::string_view(reinterpret_cast<const char*>(digest), length));
}

bool equal_in_constant_time(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

base::Result<SecretSealer> SecretSealer::create()
{
    SecretSealer sealer;
    if (RAND_bytes(sealer.m_key.data(), static_cast<int>(sealer.m_key.size())) != 1)
        return base::Error("crypto.random", "the system's random number generator failed");
    return sealer;
}

base::Result<SecretSealer> SecretSealer::create_from_key_file(const std::string& path)
{
    std::string hint = " (create one with: head -c 32 /dev/urandom > " + path + " && chmod 600 " + path + ")";
    struct stat status { };
    if (path.empty())
        return base::Error("crypto.key_file", "config.inc sets no $secret_key_file" + hint);
    if (stat(path.c_str(), &status) != 0)
        return base::Error("crypto.key_file", "the secret key file " + path + " is missing" + hint);
    if (!S_ISREG(status.st_mode) || (status.st_mode & 077) != 0)
        return base::Error("crypto.key_file",
            "the secret key file " + path + " must be a file that only its owner can read (chmod 600 " + path + ")");
    if (static_cast<std::size_t>(status.st_size) != k_key_size)
        return base::Error("crypto.key_file",
            "the secret key file " + path + " must hold exactly 32 bytes, it holds " + std::to_string(status.st_size)
                + hint);
    std::ifstream file(path, std::ios::binary);
    SecretSealer sealer;
    if (!file.read(reinterpret_cast<char*>(sealer.m_key.data()), static_cast<std::streamsize>(k_key_size)))
        return base::Error("crypto.key_file", "cannot read the secret key file " + path + ": " + std::strerror(errno));
    return sealer;
}

std::string SecretSealer::seal(std::string_view plain) const
{
    std::string out(k_iv_size + plain.size() + k_tag_size, '\0');
    auto* iv = reinterpret_cast<unsigned char*>(out.data());
    auto* cipher_text = iv + k_iv_size;
    RAND_bytes(iv, k_iv_size);
    auto context = new_context();
    int length = 0;
    EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), iv);
    EVP_EncryptUpdate(context.get(), cipher_text, &length, bytes_of(plain), static_cast<int>(plain.size()));
    EVP_EncryptFinal_ex(context.get(), cipher_text + length, &length);
    EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, k_tag_size, cipher_text + plain.size());
    return out;
}

base::Result<std::string> SecretSealer::open(std::string_view sealed) const
{
    if (sealed.size() < k_iv_size + k_tag_size)
        return base::Error("crypto.sealed", "a sealed secret is too short");
    std::size_t text_size = sealed.size() - k_iv_size - k_tag_size;
    std::string plain(text_size, '\0');
    auto context = new_context();
    int length = 0;
    std::string tag(sealed.substr(k_iv_size + text_size));
    EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes_of(sealed));
    EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char*>(plain.data()), &length,
        bytes_of(sealed) + k_iv_size, static_cast<int>(text_size));
    EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, k_tag_size, tag.data());
    if (EVP_DecryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(plain.data()) + length, &length) != 1)
        return base::Error("crypto.sealed", "a sealed secret failed its integrity check");
    return plain;
}

}
