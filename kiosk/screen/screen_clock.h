// The screen's idea of the event time: the real clock, or a clock started at a chosen instant
// (--at) that then runs, optionally faster (--speed) for demonstrations and tests.
#pragma once

#include <chrono>
#include <optional>

#include "kiosk/base/clock.h"

namespace kiosk {

class ScreenClock {
public:
    using Steady = std::chrono::steady_clock;

    // The system clock as it is, followed as it is corrected (a board without a real-time
    // clock sets it from the network some time after boot).
    ScreenClock() = default;
    // Starts at `start` (or the current time) and runs `speed` times as fast as real time.
    ScreenClock(std::optional<Instant> start, double speed);

    Instant now() const;
    std::chrono::system_clock::time_point precise_now() const;
    double speed() const { return speed_; }

    // The real time until the screen clock shows `t`: zero when it already has.
    std::chrono::milliseconds real_until(std::chrono::system_clock::time_point t) const;
    // How long `d` of screen time takes in real time.
    std::chrono::milliseconds real_duration(std::chrono::milliseconds d) const;

private:
    bool live_ = true;
    double speed_ = 1.0;
    std::chrono::system_clock::time_point origin_{};
    Steady::time_point steady_origin_{};
};

}  // namespace kiosk
