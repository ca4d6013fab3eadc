// SHA-256 digests in lower-case hex, the names under which the cache stores assets and snapshots.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// The SHA-256 of `bytes` as 64 lower-case hex digits (OpenSSL's EVP interface underneath).
std::string sha256_hex(std::string_view bytes);

// True for exactly 64 lower-case hex digits, so a name read from disk can never be a path.
bool is_sha256_hex(std::string_view name);

}  // namespace kiosk
