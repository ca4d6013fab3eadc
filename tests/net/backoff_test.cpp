// Unit tests of retry_delay: growth, cap, jitter range and reset.
#include <doctest/doctest.h>

#include "kiosk/net/backoff.h"

using namespace std::chrono_literals;
using kiosk::BackoffPolicy;
using kiosk::retry_delay;

TEST_CASE("backoff: no failure means no wait") {
    CHECK(retry_delay(0, BackoffPolicy{}, 0.7) == 0ms);
}

TEST_CASE("backoff: the first wait lies between half the first delay and all of it") {
    const BackoffPolicy p{30s, 5min};
    CHECK(retry_delay(1, p, 0.0) == 15s);
    CHECK(retry_delay(1, p, 0.5) == 22500ms);
    CHECK(retry_delay(1, p, 0.999999) <= 30s);
    CHECK(retry_delay(1, p, 0.999999) > 29s);
}

TEST_CASE("backoff: the base doubles with each failure") {
    const BackoffPolicy p{1s, 5min};
    CHECK(retry_delay(2, p, 0.0) == 1s);
    CHECK(retry_delay(3, p, 0.0) == 2s);
    CHECK(retry_delay(4, p, 0.0) == 4s);
    CHECK(retry_delay(5, p, 1.0) == 16s);
}

TEST_CASE("backoff: below the cap, the shortest next wait is as long as the longest last one") {
    const BackoffPolicy p{30s, 5min};
    for (int n = 1; n <= 3; ++n) CHECK(retry_delay(n, p, 1.0) <= retry_delay(n + 1, p, 0.0));
    for (int n = 1; n < 20; ++n) CHECK(retry_delay(n, p, 0.0) <= retry_delay(n + 1, p, 0.0));
}

TEST_CASE("backoff: the wait is capped at five minutes, even after a thousand failures") {
    const BackoffPolicy p{30s, 5min};
    CHECK(retry_delay(9, p, 0.999) <= 5min);
    CHECK(retry_delay(1000, p, 0.999) <= 5min);
    CHECK(retry_delay(1000, p, 0.0) == 150s);
    CHECK(retry_delay(1000, p, 1.0) == 5min);
}

TEST_CASE("backoff: random numbers outside zero to one are clamped") {
    const BackoffPolicy p{10s, 5min};
    CHECK(retry_delay(1, p, -3.0) == 5s);
    CHECK(retry_delay(1, p, 7.0) == 10s);
}

TEST_CASE("backoff: a first delay larger than the cap is held to the cap") {
    CHECK(retry_delay(1, BackoffPolicy{1h, 5min}, 1.0) == 5min);
}
