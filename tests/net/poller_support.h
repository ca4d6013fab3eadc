// Shared setup for the poller tests: quick options and waiting for a condition.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "kiosk/net/content_poller.h"

namespace kiosk::test {

// A poller configuration with 200 ms polls and limits of a second or so, so the suite stays fast.
inline PollerOptions quick_poller(const std::string& source, const std::string& cache_dir) {
    using namespace std::chrono_literals;
    PollerOptions o;
    o.sync.source = source;
    o.sync.cache_dir = cache_dir;
    for (FetchLimits* l : {&o.sync.document_limits, &o.sync.media_limits}) {
        l->connect_timeout = 1s;
        l->total_timeout = 1500ms;
        l->low_speed_time = 1s;
    }
    o.interval = 200ms;
    o.backoff = BackoffPolicy{100ms, 2s};
    return o;
}

// Polls `done` every 10 ms until it is true or `timeout` passes; returns its last answer.
inline bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

inline std::unique_ptr<ContentPoller> start_poller(const PollerOptions& options) {
    auto started = ContentPoller::start(options);
    if (!started) throw std::runtime_error(started.error().message);
    return std::move(*started);
}

// Waits for the next update, taking it.
inline std::optional<ContentUpdate> next_update(ContentPoller& poller, std::chrono::milliseconds timeout) {
    std::optional<ContentUpdate> update;
    wait_until([&] { return (update = poller.take_update()).has_value(); }, timeout);
    return update;
}

}  // namespace kiosk::test
