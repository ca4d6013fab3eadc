// Whether the system clock can be believed, and the correction the server's Date header suggests.
//
// A board without a real-time clock boots at some old date until NTP answers. The kiosk must not
// then show yesterday's programme as "now", so it compares the system clock with the Date header
// of every response and with dates it knows have passed.
#pragma once

#include <chrono>
#include <optional>

#include "kiosk/content/content_model.h"

namespace kiosk {

// Differences up to this are normal (request time, Date's one-second resolution) and ignored.
inline constexpr std::chrono::seconds kClockTolerance{60};

// What to add to the system clock to get the server's time, when the two differ by more than the
// tolerance; nothing when the system clock is close enough.
std::optional<std::chrono::seconds> clock_correction_for(Instant system_now, Instant server_now);

// True when the time shown can be believed. With `server_offset` (the server's time minus the
// system's, known once any response carried a Date header) the corrected time is the server's,
// so it is trusted. Without it, the system clock is trusted unless it is earlier than
// `not_before`: a moment known to have passed.
bool clock_trusted(Instant system_now, std::optional<std::chrono::seconds> server_offset, Instant not_before);

// The latest moment known to have passed: the day the binary was built, or the time the shown
// content was fetched (stamped with the server's clock when it sent one).
Instant clock_floor(Instant build_day, std::optional<Instant> content_fetched_at);

// A Date header and when it arrived on the monotonic clock, so the server's time can be carried
// forward without trusting the system clock.
struct ServerTimeSample {
    Instant server_date{};
    std::chrono::steady_clock::time_point received{};
};

// The server's time now, from a sample and the monotonic clock's reading now.
Instant server_time_now(const ServerTimeSample& sample, std::chrono::steady_clock::time_point steady_now);

}  // namespace kiosk
