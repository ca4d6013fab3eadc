// Tests of relative wording: post ages, future instants, span words and the local clock.
#include <doctest/doctest.h>

#include "kiosk/schedule/programme_view.h"
#include "kiosk/schedule/relative_time.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::london;
using std::chrono::minutes;
using std::chrono::seconds;

TEST_CASE("relative: a post under a minute old was written just now") {
    const Content c = test::london_event();
    const Instant now = london("2023-10-09 17:45");
    CHECK(relative_to(now, now, c) == "just now");
    CHECK(relative_to(now - seconds{59}, now, c) == "just now");
    CHECK(relative_to(now - seconds{60}, now, c) == "1 min ago");
}

TEST_CASE("relative: minutes and hours ago on the same day") {
    const Content c = test::london_event();
    const Instant now = london("2023-10-09 17:45");
    CHECK(relative_to(london("2023-10-09 17:33"), now, c) == "12 min ago");
    CHECK(relative_to(now - minutes{59} - seconds{59}, now, c) == "59 min ago");
    CHECK(relative_to(london("2023-10-09 15:30"), now, c) == "2 h ago");
    CHECK(relative_to(london("2023-10-09 00:10"), now, c) == "17 h ago");
}

TEST_CASE("relative: a post from late last night reads in minutes or hours, not yesterday") {
    const Content c = test::london_event();
    CHECK(relative_to(london("2023-10-09 23:50"), london("2023-10-10 00:30"), c) == "40 min ago");
    CHECK(relative_to(london("2023-10-09 22:00"), london("2023-10-10 01:00"), c) == "3 h ago");
}

TEST_CASE("relative: older posts read as yesterday or a count of local days") {
    const Content c = test::london_event();
    const Instant now = london("2023-10-10 09:00");
    CHECK(relative_to(london("2023-10-09 18:00"), now, c) == "yesterday");
    CHECK(relative_to(london("2023-10-08 10:00"), now, c) == "2 days ago");
    CHECK(relative_to(london("2023-10-07 23:00"), now, c) == "3 days ago");
}

TEST_CASE("relative: days are counted on local dates across the autumn clock change") {
    const Content c = test::london_event();
    // Sunday 00:30 BST is still Saturday in UTC: counting UTC dates would say "2 days ago".
    CHECK(relative_to(london("2023-10-29 00:30"), london("2023-10-30 08:00"), c) == "yesterday");
    CHECK(relative_to(london("2023-10-28 23:30"), london("2023-10-30 08:00"), c) == "2 days ago");
}

TEST_CASE("relative: future instants read in minutes, tomorrow or days") {
    const Content c = test::london_event();
    const Instant now = london("2023-10-09 17:00");
    CHECK(relative_to(london("2023-10-09 17:05"), now, c) == "in 5 min");
    CHECK(relative_to(now + seconds{20}, now, c) == "in 1 min");
    CHECK(relative_to(london("2023-10-09 19:05"), now, c) == "in 2 h 5 min");
    CHECK(relative_to(london("2023-10-10 12:00"), now, c) == "tomorrow");
    CHECK(relative_to(london("2023-10-12 09:00"), now, c) == "in 3 days");
}

TEST_CASE("relative: spans are written in hours and minutes") {
    CHECK(span_words(minutes{0}) == "0 min");
    CHECK(span_words(minutes{12}) == "12 min");
    CHECK(span_words(minutes{60}) == "1 h");
    CHECK(span_words(minutes{65}) == "1 h 5 min");
    CHECK(span_words(minutes{-3}) == "0 min");
}

TEST_CASE("relative: the local clock shows the event's wall time") {
    const Content c = test::london_event();
    CHECK(local_clock(london("2023-10-09 14:05"), c) == "14:05");
    CHECK(local_clock(test::utc("2023-10-09 13:05"), c) == "14:05");
    CHECK(local_clock(test::utc("2023-12-01 13:05"), c) == "13:05");
    CHECK(local_clock(test::utc("2023-12-01 00:00") - seconds{1}, c) == "23:59");
}

TEST_CASE("relative: content without a zone is read as UTC") {
    Content c = test::london_event();
    c.event.zone = nullptr;
    CHECK(local_clock(test::utc("2023-10-09 13:05"), c) == "13:05");
}
