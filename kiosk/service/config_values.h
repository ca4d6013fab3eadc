// Checks of single config values (durations, sizes, URLs, key pins), apart from where they are written.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.h"
#include "kiosk/service/config.h"

namespace kiosk {

// "30", "30s", "5m", "1h" or "1h30m". A bare number counts in `bare_unit`. The error says what
// is expected, ready to follow "poll_interval: ".
Result<std::chrono::seconds> parse_duration(std::string_view text, std::chrono::seconds bare_unit);

// "5 s", "2 min", "1 h": a duration as messages show it.
std::string describe_seconds(std::chrono::seconds d);

// true/false, yes/no, on/off, as YAML writers expect.
std::optional<bool> parse_flag(std::string_view text);

// "1920x1080" (an 'X' or '×' also works).
Result<Resolution> parse_resolution(std::string_view text);

// A content or posts source: an http(s) or file URL, or a path.
Status check_source(std::string_view text);

// curl's pin list "sha256//<base64>;sha256//<base64>", or the path of a public key file.
Status check_pinned_public_key(std::string_view text);

// True when the pin is a key file rather than hashes, so it is a path to resolve.
bool pin_is_file(std::string_view text);

}  // namespace kiosk
