// minisign's secret key layout: "Ed", the KDF ("Sc" for scrypt, or zeros), "B2", the KDF's salt
// and limits, then key id, secret key and checksum, XORed with the scrypt stream when encrypted.
#include "kiosk/trust/minisign_sign.h"

#include <sodium.h>

#include <algorithm>
#include <vector>

namespace kiosk::trust {
namespace {

constexpr std::size_t kSecretFileBytes = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;
constexpr std::size_t kKeyPartOffset = 2 + 2 + 2 + 32 + 8 + 8;
constexpr std::size_t kKeyPartBytes = 8 + 64 + 32;

std::uint64_t little_endian(const std::uint8_t* p) {
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

std::string base64_of(std::span<const std::uint8_t> bytes) {
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

}  // namespace

PublicKey SecretKey::public_key() const {
    PublicKey out;
    out.id = id;
    std::copy(key.begin() + 32, key.end(), out.key.begin());
    return out;
}

Result<SecretKey> parse_secret_key(std::string_view text, std::optional<std::string_view> password) {
    if (sodium_init() < 0) return unexpected(std::string("libsodium could not start"));
    // The key is the line after the untrusted comment.
    std::string_view line = text;
    if (line.starts_with("untrusted comment:")) {
        const std::size_t end = line.find('\n');
        line = end == std::string_view::npos ? std::string_view() : line.substr(end + 1);
    }
    line = line.substr(0, line.find_first_of("\r\n"));
    std::vector<std::uint8_t> bytes(kSecretFileBytes + 1);
    std::size_t length = 0;
    if (sodium_base642bin(bytes.data(), bytes.size(), line.data(), line.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != kSecretFileBytes || bytes[0] != 'E' || bytes[1] != 'd' || bytes[4] != 'B' || bytes[5] != '2') {
        return unexpected(std::string("not a minisign secret key file"));
    }
    std::uint8_t* part = bytes.data() + kKeyPartOffset;
    const bool encrypted = bytes[2] == 'S' && bytes[3] == 'c';
    if (!encrypted && (bytes[2] != 0 || bytes[3] != 0)) return unexpected(std::string("an unknown key encryption"));
    if (encrypted) {
        if (!password) return unexpected(std::string("the secret key is encrypted: its password is needed"));
        std::array<std::uint8_t, kKeyPartBytes> stream{};
        const std::uint64_t ops = little_endian(bytes.data() + 38), mem = little_endian(bytes.data() + 46);
        // minisign's own bounds (1 GiB of memory at most), so a crafted file cannot ask for more.
        if (mem > (1ull << 30) || ops > (1ull << 32)) return unexpected(std::string("the key's scrypt limits are too large"));
        if (crypto_pwhash_scryptsalsa208sha256(stream.data(), stream.size(), password->data(), password->size(),
                                               bytes.data() + 6, ops, static_cast<std::size_t>(mem)) != 0) {
            return unexpected(std::string("cannot derive the key from its password (out of memory?)"));
        }
        for (std::size_t i = 0; i < kKeyPartBytes; ++i) part[i] ^= stream[i];
        sodium_memzero(stream.data(), stream.size());
    }
    SecretKey key;
    std::copy_n(part, 8, key.id.begin());
    std::copy_n(part + 8, 64, key.key.begin());
    // The checksum covers "Ed", the id and the key: a wrong password shows here.
    std::array<std::uint8_t, 32> check{};
    std::vector<std::uint8_t> covered{bytes[0], bytes[1]};
    covered.insert(covered.end(), part, part + 72);
    crypto_generichash(check.data(), check.size(), covered.data(), covered.size(), nullptr, 0);
    const bool zero_checksum = std::all_of(part + 72, part + 104, [](std::uint8_t b) { return b == 0; });
    const bool checksum_ok = std::equal(check.begin(), check.end(), part + 72);
    sodium_memzero(bytes.data(), bytes.size());
    if (!checksum_ok && (encrypted || !zero_checksum)) {
        return unexpected(std::string(encrypted ? "wrong password for the secret key" : "the secret key file is damaged"));
    }
    // The secret key holds its public half; deriving it again proves the pair is whole.
    std::array<std::uint8_t, 32> seed{}, derived{};
    std::array<std::uint8_t, 64> rebuilt{};
    crypto_sign_ed25519_sk_to_seed(seed.data(), key.key.data());
    crypto_sign_ed25519_seed_keypair(derived.data(), rebuilt.data(), seed.data());
    sodium_memzero(seed.data(), seed.size());
    sodium_memzero(rebuilt.data(), rebuilt.size());
    if (!std::equal(derived.begin(), derived.end(), key.key.begin() + 32)) {
        return unexpected(std::string("the secret key file is damaged"));
    }
    return key;
}

std::string trusted_comment_for(std::string_view file_name, std::int64_t timestamp, std::optional<std::int64_t> expires) {
    std::string out = "timestamp:" + std::to_string(timestamp) + "\tfile:" + std::string(file_name) + "\thashed";
    if (expires) out += "\texpires:" + std::to_string(*expires);
    return out;
}

std::string sign_message(std::span<const std::uint8_t> message, const SecretKey& key, std::string_view trusted_comment) {
    // Started by parse_secret_key, which made `key`; the functions below need nothing more.
    std::array<std::uint8_t, crypto_generichash_BYTES_MAX> hash{};
    crypto_generichash(hash.data(), hash.size(), message.data(), message.size(), nullptr, 0);
    std::array<std::uint8_t, 2 + 8 + 64> line{'E', 'D'};
    std::copy(key.id.begin(), key.id.end(), line.begin() + 2);
    crypto_sign_ed25519_detached(line.data() + 10, nullptr, hash.data(), hash.size(), key.key.data());
    std::vector<std::uint8_t> global(line.begin() + 10, line.end());
    global.insert(global.end(), trusted_comment.begin(), trusted_comment.end());
    std::array<std::uint8_t, 64> global_signature{};
    crypto_sign_ed25519_detached(global_signature.data(), nullptr, global.data(), global.size(), key.key.data());
    return "untrusted comment: signature from kiosk publish\n" + base64_of(line) + "\ntrusted comment: " +
           std::string(trusted_comment) + "\n" + base64_of(global_signature) + "\n";
}

}  // namespace kiosk::trust
