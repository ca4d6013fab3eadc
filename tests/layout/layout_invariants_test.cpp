// Every slide of the sample and of the stress content, at every size and at several moments of
// the day, keeps the rules: inside the safe area, legible, nothing overflowing or overlapping.
#include <doctest/doctest.h>

#include "kiosk/layout/slide_layout.h"
#include "kiosk/schedule/deck.h"
#include "tests/layout/fixed_measurer.h"
#include "tests/layout/layout_checks.h"
#include "tests/layout/stress_content.h"
#include "tests/schedule/schedule_fixture.h"

namespace kiosk::test {

namespace {

const FixedMeasurer kMeasurer;

// Lays out every slide of the deck at `when` at every size and reports the first problems.
void check_deck(const Content& content, Instant when, SlideContext context = {}) {
    context.now = when;
    for (const Slide& slide : build_deck(content, when)) {
        for (const Size size : all_sizes()) {
            const DisplayList list = layout_slide(content, slide, context, size, kMeasurer);
            const std::vector<std::string> problems = layout_problems(list, kMeasurer);
            INFO(slide.name << " at " << describe(size) << ": " << (problems.empty() ? "" : problems.front()));
            CHECK(problems.empty());
            CHECK(list.screen == size);
        }
    }
}

}  // namespace

TEST_CASE("layout: every slide of the sample keeps the rules at every size during the event") {
    for (const char* at : {"2023-10-09 17:20", "2023-10-09 17:50", "2023-10-09 18:12", "2023-10-09 19:15"}) {
        CAPTURE(at);
        check_deck(sample_event(), london(at));
    }
}

TEST_CASE("layout: the sample keeps the rules before the event, after it and with an untrusted clock") {
    check_deck(sample_event(), london("2023-10-01 12:00"));
    check_deck(sample_event(), london("2023-10-09 23:00"));
    check_deck(sample_event(), london("2023-10-09 18:05"), SlideContext{{}, false, {}, {}});
}

TEST_CASE("layout: the stress content keeps the rules at every size") {
    for (const char* at : {"2023-10-09 07:00", "2023-10-09 08:20", "2023-10-09 12:50", "2023-10-09 23:30"}) {
        CAPTURE(at);
        check_deck(stress_content(), london(at));
    }
}

TEST_CASE("layout: a long connection note and a door screen keep the rules") {
    Content content = stress_content();
    const SlideContext offline{{}, true, "Offline since 14:05 \u00B7 showing content from 13:50 \u00B7 retrying", {}};
    check_deck(content, london("2023-10-09 10:20"), offline);
    content.display.room = "Main Hall A and B (upstairs, past the cloakroom)";
    check_deck(content, london("2023-10-09 10:20"), offline);
    check_deck(content, london("2023-10-09 10:40"), offline);
}

TEST_CASE("layout: the waiting slide keeps the rules at every size") {
    WaitingInfo info;
    info.content_url = "https://example.org/a/rather/long/path/to/the/venue/content/of/this/event/event.yaml";
    info.last_error = "could not resolve host example.org (DNS lookup timed out after 10 seconds)";
    info.addresses = {"192.168.1.23", "fe80::1c2d:3e4f:5a6b:7c8d"};
    info.clock = "09:41";
    info.screen_name = "Foyer screen by the main entrance";
    for (const Size size : all_sizes()) {
        const DisplayList list = layout_waiting(info, size, kMeasurer);
        const std::vector<std::string> problems = layout_problems(list, kMeasurer);
        INFO(describe(size) << ": " << (problems.empty() ? "" : problems.front()));
        CHECK(problems.empty());
        CHECK(all_text(list).find("Waiting for content") != std::string::npos);
    }
    // Two addresses read as two: a separator between them, not spaces alone.
    const DisplayList wide = layout_waiting(info, Size{1920, 1080}, kMeasurer);
    CHECK(all_text(wide).find("192.168.1.23 \u00B7 fe80::1c2d:3e4f:5a6b:7c8d") != std::string::npos);
}

}  // namespace kiosk::test
