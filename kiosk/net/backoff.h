// How long to wait before polling again after failures: exponential, capped, with jitter.
#pragma once

#include <chrono>

namespace kiosk {

struct BackoffPolicy {
    std::chrono::milliseconds first{30'000};           // the wait after the first failure, before jitter
    std::chrono::milliseconds cap{std::chrono::minutes(5)};  // no wait is ever longer
};

// The wait after `failures` consecutive failed polls (0 means none: the wait is zero). The base
// doubles from `first` with each failure up to `cap`; the wait is then drawn between half the
// base and the whole of it by `unit_random` in [0, 1), so kiosks that lost the same server
// spread their retries; below the cap, each wait is at least as long as the one before could have been.
std::chrono::milliseconds retry_delay(int failures, const BackoffPolicy& policy, double unit_random);

}  // namespace kiosk
