// Unit tests of the clock rules: corrections beyond a minute, trust, and the floor.
#include <doctest/doctest.h>

#include "kiosk/net/clock_check.h"

using namespace std::chrono;
using kiosk::Instant;

namespace {
const Instant kNoon = sys_days{year{2023} / 10 / 9} + hours{12};
}

TEST_CASE("clock: a server within a minute of the system clock needs no correction") {
    CHECK_FALSE(kiosk::clock_correction_for(kNoon, kNoon));
    CHECK_FALSE(kiosk::clock_correction_for(kNoon, kNoon + seconds{60}));
    CHECK_FALSE(kiosk::clock_correction_for(kNoon, kNoon - seconds{60}));
}

TEST_CASE("clock: a system clock more than a minute behind or ahead gets the server's offset") {
    CHECK(kiosk::clock_correction_for(kNoon, kNoon + seconds{61}) == seconds{61});
    CHECK(kiosk::clock_correction_for(kNoon - days{2}, kNoon) == days{2});
    CHECK(kiosk::clock_correction_for(kNoon + hours{1}, kNoon) == -hours{1});
}

TEST_CASE("clock: a system clock earlier than a known past moment is not trusted without a server") {
    CHECK_FALSE(kiosk::clock_trusted(kNoon - days{400}, std::nullopt, kNoon - days{1}));
    CHECK(kiosk::clock_trusted(kNoon, std::nullopt, kNoon - days{1}));
    CHECK(kiosk::clock_trusted(kNoon, std::nullopt, kNoon));
}

TEST_CASE("clock: once a server's Date is known the corrected time is trusted") {
    CHECK(kiosk::clock_trusted(kNoon - days{400}, days{400}, kNoon - days{1}));
    CHECK(kiosk::clock_trusted(kNoon, seconds{0}, kNoon + days{1}));
}

TEST_CASE("clock: the floor is the later of the build day and the content's fetch time") {
    const Instant build = kNoon - days{30};
    CHECK(kiosk::clock_floor(build, std::nullopt) == build);
    CHECK(kiosk::clock_floor(build, kNoon) == kNoon);
    CHECK(kiosk::clock_floor(build, build - days{1}) == build);
}

TEST_CASE("clock: the server's time is carried forward on the monotonic clock") {
    const auto t0 = steady_clock::time_point{} + hours{5};
    const kiosk::ServerTimeSample sample{kNoon, t0};
    CHECK(kiosk::server_time_now(sample, t0) == kNoon);
    CHECK(kiosk::server_time_now(sample, t0 + milliseconds{90'500}) == kNoon + seconds{90});
    CHECK(kiosk::server_time_now(sample, t0 - seconds{5}) == kNoon);
}
