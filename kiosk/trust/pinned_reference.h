// A file the content names, pinned to its bytes: "photos/host.jpg#sha256=<64 hex digits>". The
// fragment is part of the signed content and is never sent to a server, so a signature over the
// content covers every photo and export it names; `kiosk publish` writes the pins.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::trust {

// The pinned SHA-256 (64 lower-case hex digits) of `reference`, if it carries one.
std::optional<std::string> pinned_sha256(std::string_view reference);

// `reference` without its pin, as it is fetched.
std::string_view without_pin(std::string_view reference);

// `reference` pinned to `sha256_hex`, replacing any pin it had.
std::string with_pin(std::string_view reference, std::string_view sha256_hex);

}  // namespace kiosk::trust
