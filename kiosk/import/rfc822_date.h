// Dates as RSS writes them (RFC 822 with RFC 1123's four-digit years).
#pragma once

#include <optional>
#include <string_view>

#include "kiosk/content/content_model.h"

namespace kiosk::import {

// "Mon, 09 Oct 2023 17:30:00 +0100", "9 Oct 2023 17:30 CEST" or "Monday, 09-Oct-23 16:30:00 GMT",
// as RSS writes pubDate: read by curl_getdate (a date without a zone is taken as GMT); a day
// the month does not have is refused.
std::optional<Instant> parse_rfc822(std::string_view text);

}  // namespace kiosk::import
