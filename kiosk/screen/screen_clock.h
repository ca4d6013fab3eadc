// The screen's idea of the event time: the real clock, or a clock started at a chosen instant
// (--at) that then runs, optionally faster (--speed) for demonstrations and tests.
#pragma once

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>

#include "kiosk/base/clock.h"
#include "kiosk/base/result.h"

namespace kiosk {

// How long `d` of screen time takes in real time on a clock running `speed` times as fast.
std::chrono::milliseconds real_duration(std::chrono::milliseconds d, double speed);

class ScreenClock {
public:
    using Steady = std::chrono::steady_clock;

    // The system clock as it is, followed as it is corrected (a board without a real-time
    // clock sets it from the network some time after boot).
    ScreenClock() = default;
    // Starts at `start` (or the current time) and runs `speed` times as fast as real time.
    ScreenClock(std::optional<Instant> start, double speed);
    // Starts at the wall-clock time `local` as read in `zone`, and runs `speed` times as fast. The
    // zone is the machine's until the event's is known, so read_in_zone() can read it again.
    static Result<ScreenClock> at_local(date::local_seconds local, const date::time_zone& zone,
                                                     double speed);

    // Reads the start's wall-clock time again in `zone` (the event's, once content arrives), keeping
    // the time run since the start: true when the clock changed. An error (once per zone), with the
    // clock left as it was, when that time does not exist in `zone` (skipped by a clock change).
    Result<bool> read_in_zone(const date::time_zone& zone);

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
    std::optional<date::local_seconds> local_start_;  // at_local's wall-clock time
    const date::time_zone* zone_ = nullptr;           // the zone it is read in
};

}  // namespace kiosk
