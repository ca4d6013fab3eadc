// SHA-256 digests in lower-case hex, the names under which the cache stores assets and snapshots.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// The SHA-256 of `bytes` as 64 lower-case hex digits (OpenSSL's EVP interface underneath).
std::string sha256_hex(std::string_view bytes);

// The SHA-256 of the regular file at `path`, read in pieces; nothing when it cannot be read or
// holds more than `max_bytes`, so a damaged or swapped file is never taken for a cached one.
std::optional<std::string> sha256_file_hex(const std::string& path, std::uint64_t max_bytes);

// True for exactly 64 lower-case hex digits, so a name read from disk can never be a path.
bool is_sha256_hex(std::string_view name);

}  // namespace kiosk
