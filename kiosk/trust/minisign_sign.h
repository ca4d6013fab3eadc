// Signing as minisign does, so `kiosk publish` needs no other tool: minisign's secret key files
// (as `minisign -G` writes them, with or without a password) and its prehashed signatures, which
// `minisign -V` and every screen verify.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/trust/minisign.h"

namespace kiosk::trust {

struct SecretKey {
    KeyId id{};
    std::array<std::uint8_t, 64> key{};  // libsodium's Ed25519 secret key: seed, then public key
    PublicKey public_key() const;
};

// A minisign secret key file. An encrypted one (minisign's default) needs its password; a wrong
// password is told apart from a damaged file by the key's checksum.
Result<SecretKey> parse_secret_key(std::string_view text, std::optional<std::string_view> password);

// minisign's trusted comment for `file_name` signed at `timestamp`, with a freeze date if given.
std::string trusted_comment_for(std::string_view file_name, std::int64_t timestamp,
                                std::optional<std::int64_t> expires = std::nullopt);

// The .minisig text for `message`: prehashed (BLAKE2b-512), as minisign signs by default.
std::string sign_message(std::span<const std::uint8_t> message, const SecretKey& key, std::string_view trusted_comment);

}  // namespace kiosk::trust
