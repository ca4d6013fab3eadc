// Words for spans of time on screen ("12 min", "1 h 5 min") and the session labels built from them.
#pragma once

#include <chrono>
#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/schedule/local_day.h"

namespace kiosk {

// "12 min", "1 h", "1 h 5 min". Negative spans are treated as zero.
std::string span_words(std::chrono::minutes span);

// The label of a session that has not started: "In 12 min" / "In 1 h 5 min" when it starts on the
// same local day as `now` or within the hour, otherwise "Tomorrow 17:30" or "Mon 9 Oct 17:30".
// Minutes are rounded up, so a session at 17:30 reads "In 12 min" all through 17:18.
std::string starts_in_label(Instant start, Instant now, const date::time_zone& zone);

// The label of a session on now: "Now" in its first minute, then "Started 5 min ago" or
// "Started 1 h 5 min ago" (minutes rounded down).
std::string started_label(Instant start, Instant now);

}  // namespace kiosk
