// Helpers shared by the HttpClient tests: short limits, so cut-off cases finish in seconds.
#pragma once

#include <doctest/doctest.h>

#include <chrono>
#include <utility>

#include "kiosk/net/http_client.h"

// A client for one test; creating it fails only when libcurl cannot make a transfer handle.
inline kiosk::HttpClient make_client(kiosk::TlsOptions tls = {}) {
    auto client = kiosk::HttpClient::create(std::move(tls));
    REQUIRE(client);
    return std::move(*client);
}

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
