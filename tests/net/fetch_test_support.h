// Helpers shared by the HttpClient tests: short limits, so cut-off cases finish in seconds.
#pragma once

#include <chrono>

#include "kiosk/net/http_client.h"

inline kiosk::FetchLimits quick_limits(std::chrono::seconds total) {
    kiosk::FetchLimits l;
    l.connect_timeout = std::chrono::seconds(2);
    l.total_timeout = total;
    l.low_speed_time = std::chrono::seconds(1);
    l.max_body_bytes = 1024 * 1024;
    return l;
}

inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
