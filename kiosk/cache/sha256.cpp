// SHA-256 through OpenSSL's EVP digest interface, which libcurl already brings onto the system.
#include "kiosk/cache/sha256.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace kiosk {

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
        // EVP_Digest fails only when OpenSSL cannot allocate its context: nothing sensible remains.
        throw std::runtime_error("SHA-256 digest failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(std::size_t{length} * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

bool is_sha256_hex(std::string_view name) {
    if (name.size() != 64) return false;
    for (const char c : name) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace kiosk
