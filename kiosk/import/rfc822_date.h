// Dates as RSS writes them (RFC 822 with RFC 1123's four-digit years).
#pragma once

#include <optional>
#include <string_view>

#include "kiosk/content/content_model.h"

namespace kiosk::import {

// "Mon, 09 Oct 2023 17:30:00 +0100" and "9 Oct 2023 17:30 GMT", as RSS writes pubDate.
std::optional<Instant> parse_rfc822(std::string_view text);

}  // namespace kiosk::import
