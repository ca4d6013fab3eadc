// Verifying minisign signatures (Ed25519, https://jedisct1.github.io/minisign/) with libsodium:
// the format an organiser signs content with, by `minisign -S` or `kiosk publish`. Pure apart
// from libsodium's arithmetic: text and bytes in, a verdict out; no files, no network.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"

namespace kiosk::trust {

using KeyId = std::array<std::uint8_t, 8>;

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, 32> key{};
};

// A key as minisign prints it ("RW" and 54 more base64 characters), or a whole minisign.pub file
// (its untrusted comment line, then the key).
Result<PublicKey> parse_public_key(std::string_view text);

// The key id as minisign shows it ("97443A19C957A34C"), to name a key in a refusal.
std::string key_id_text(const KeyId& id);

// A .minisig file: the signature of the file (of its BLAKE2b-512 hash when prehashed, as
// minisign signs by default), and the trusted comment with its own signature over both.
struct Signature {
    bool prehashed = true;
    KeyId key_id{};
    std::array<std::uint8_t, 64> signature{};
    std::string trusted_comment;  // after "trusted comment: "
    std::array<std::uint8_t, 64> global_signature{};
};

// At most this many bytes of .minisig are read: a real one is about 300.
inline constexpr std::size_t kMaxSignatureBytes = 4096;

Result<Signature> parse_signature(std::string_view text);

// What a good signature vouches for. minisign writes "timestamp:N\tfile:NAME" (and "\thashed")
// into the trusted comment; `kiosk publish` adds "\texpires:N".
struct Verified {
    KeyId key_id{};
    std::string trusted_comment;
    std::optional<std::int64_t> timestamp;  // seconds since 1970
    std::optional<std::string> file;
    std::optional<std::int64_t> expires;
};

// The trusted comment's fields, read as minisign writes them; absent fields stay empty.
Verified read_trusted_comment(std::string_view comment);

// `message` checked against `signature` with whichever of `trusted` made it. The error says
// why in a line: signed by a key that is not trusted (naming it), the file changed since it
// was signed, or the trusted comment changed.
Result<Verified> verify(std::span<const std::uint8_t> message, const Signature& signature,
                        std::span<const PublicKey> trusted);

// The same, from the .minisig text.
Result<Verified> verify(std::span<const std::uint8_t> message, std::string_view signature_text,
                        std::span<const PublicKey> trusted);

}  // namespace kiosk::trust
