// The screen clock started at a wall-clock time (--at), read again in the event's zone once the
// content names it; and which SDL video drivers count as no display at all.
#include <doctest/doctest.h>

#include <date/tz.h>

#include "kiosk/content/local_time.h"
#include "kiosk/screen/screen_clock.h"
#include "kiosk/render/video_output.h"

namespace kiosk {
namespace {

using namespace std::chrono;

date::local_seconds local(const char* text) {
    const auto parsed = parse_date_time(text, false);
    REQUIRE(parsed);
    return parsed->local;
}

Instant utc(const char* text) {
    const auto parsed = parse_utc(text);
    REQUIRE(parsed);
    return *parsed;
}

// The clock reads `want` give or take the few seconds a loaded test machine may take.
void check_near(Instant got, Instant want) {
    CAPTURE(format_utc(got));
    CAPTURE(format_utc(want));
    CHECK(got >= want);
    CHECK(got < want + seconds(30));
}

}  // namespace

TEST_CASE("screen clock: --at read in the machine's zone is read again in the event's when the content names it") {
    auto clock = ScreenClock::at_local(local("2023-10-09 18:05"), *date::locate_zone("Etc/UTC"), 1.0);
    REQUIRE(clock);
    check_near(clock->now(), utc("2023-10-09T18:05:00Z"));
    const auto moved = clock->read_in_zone(*date::locate_zone("Europe/London"));
    REQUIRE(moved);
    CHECK(*moved);
    check_near(clock->now(), utc("2023-10-09T17:05:00Z"));  // 18:05 in London, on summer time
    const auto again = clock->read_in_zone(*date::locate_zone("Europe/London"));
    REQUIRE(again);
    CHECK(!*again);
    check_near(clock->now(), utc("2023-10-09T17:05:00Z"));
}

TEST_CASE("screen clock: a start time skipped by a clock change in the event's zone is an error, once") {
    auto clock = ScreenClock::at_local(local("2023-03-26 01:30"), *date::locate_zone("Etc/UTC"), 1.0);
    REQUIRE(clock);
    const auto moved = clock->read_in_zone(*date::locate_zone("Europe/London"));
    CHECK(!moved);
    check_near(clock->now(), utc("2023-03-26T01:30:00Z"));
    const auto again = clock->read_in_zone(*date::locate_zone("Europe/London"));
    REQUIRE(again);
    CHECK(!*again);
}

TEST_CASE("screen clock: a clock started at an instant, or the live one, is never moved by a zone") {
    ScreenClock at_instant(utc("2023-10-09T18:05:00Z"), 1.0);
    const auto moved = at_instant.read_in_zone(*date::locate_zone("Europe/London"));
    REQUIRE(moved);
    CHECK(!*moved);
    check_near(at_instant.now(), utc("2023-10-09T18:05:00Z"));
    ScreenClock live;
    REQUIRE(live.read_in_zone(*date::locate_zone("Europe/London")));
}

TEST_CASE("video output: offscreen and dummy count as no display unless SDL_VIDEODRIVER asked for one") {
    CHECK(is_unrequested_headless("offscreen", nullptr));
    CHECK(is_unrequested_headless("dummy", nullptr));
    CHECK(is_unrequested_headless("offscreen", ""));
    CHECK(!is_unrequested_headless("offscreen", "offscreen"));
    CHECK(!is_unrequested_headless("dummy", "dummy"));
    CHECK(!is_unrequested_headless("KMSDRM", nullptr));
    CHECK(!is_unrequested_headless("x11", nullptr));
    CHECK(!is_unrequested_headless("wayland", nullptr));
}

}  // namespace kiosk
