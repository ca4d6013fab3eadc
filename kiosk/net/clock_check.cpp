// Clock trust rules, as pure functions of the instants involved.
#include "kiosk/net/clock_check.h"

#include <algorithm>

namespace kiosk {

std::optional<std::chrono::seconds> clock_correction_for(Instant system_now, Instant server_now) {
    const std::chrono::seconds offset = server_now - system_now;
    if (offset > kClockTolerance || offset < -kClockTolerance) return offset;
    return std::nullopt;
}

bool clock_trusted(Instant system_now, std::optional<std::chrono::seconds> server_offset, Instant not_before) {
    if (server_offset) return true;
    return system_now >= not_before;
}

Instant clock_floor(Instant build_day, std::optional<Instant> content_fetched_at) {
    return content_fetched_at ? std::max(build_day, *content_fetched_at) : build_day;
}

Instant server_time_now(const ServerTimeSample& sample, std::chrono::steady_clock::time_point steady_now) {
    const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(steady_now - sample.received);
    return sample.server_date + std::max(elapsed, std::chrono::seconds{0});
}

}  // namespace kiosk
