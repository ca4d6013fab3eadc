// The slide show's scheduler on a fake clock: slide order and times, new content mid-slide,
// preparation ahead of the boundary, fades, off-hours, the offline note, and watchdog pings while
// a preparation is outstanding.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "tests/screen/scheduler_harness.h"

using namespace std::chrono;
using namespace std::chrono_literals;
using kiosk::test::Seen;
using kiosk::test::ShowHarness;

namespace {

constexpr auto t0 = ShowHarness::t0;

// 2023-10-09 08:00:00 UTC, 09:00 in London: the opening session has just begun.
const kiosk::Instant kNine = kiosk::Instant(sys_days(2023y / October / 9) + 8h);

ShowHarness harness(kiosk::SchedulerOptions options = {},
                    const std::string& content = kiosk::test::scheduler_content()) {
    return ShowHarness(std::move(options), kNine, kiosk::test::load_content(content));
}

const std::string kPost =
    "  - id: hello\n    author: Connected by Data\n    time: \"2023-10-09 08:30\"\n"
    "    text: \"Doors are open.\"\n";

}  // namespace

TEST_CASE("scheduler: the slides follow the deck in order, each for its own time from its fade") {
    ShowHarness h = harness();
    h.run_until(t0 + 62s);
    REQUIRE(h.screen.shown.size() >= 4);
    CHECK(h.screen.shown[0] == Seen{t0, "programme"});
    // A 20 s programme slide, then 10 s for each speaker; a slide's time starts with its fade.
    const std::vector<Seen> fades = {
        {t0 + 20s, "speaker-ada"}, {t0 + 30s, "speaker-grace"}, {t0 + 40s, "programme"}, {t0 + 60s, "speaker-ada"}};
    CHECK(h.screen.fades == fades);
    CHECK(h.screen.shown[1] == Seen{t0 + 20800ms, "speaker-ada"});  // after an 800 ms fade
    // 09:01, during the fade to Ada: her slide's clock is drawn again once the fade is over.
    REQUIRE(h.screen.redraws.size() == 1);
    CHECK(h.screen.redraws[0].face == "speaker-ada");
    CHECK(h.screen.redraws[0].at > t0 + 60800ms);
    CHECK(h.screen.redraws[0].at <= t0 + 61300ms);
}

TEST_CASE("scheduler: the next slide is asked for ahead of the boundary: 3 s before a long slide ends") {
    ShowHarness h = harness();
    h.screen.worker_delay = 1s;
    h.run_until(t0 + 32s);
    REQUIRE(h.screen.asked.size() >= 3);
    CHECK(h.screen.asked[0] == Seen{t0, "programme"});
    CHECK(h.screen.shown[0] == Seen{t0 + 1s, "programme"});  // the first face waits for the worker too
    CHECK(h.screen.asked[1] == Seen{t0 + 18s, "speaker-ada"});
    CHECK(h.screen.asked[2] == Seen{t0 + 28s, "speaker-grace"});
    // Ready in time: shown at the boundary, not when the worker finished.
    REQUIRE(h.screen.fades.size() >= 2);
    CHECK(h.screen.fades[0] == Seen{t0 + 21s, "speaker-ada"});
    CHECK(h.screen.fades[1] == Seen{t0 + 31s, "speaker-grace"});
}

TEST_CASE(
    "scheduler: a next slide not ready at the boundary keeps the slide on screen until it is, then gets its full "
    "time") {
    ShowHarness h = harness();
    h.screen.worker_delay = 5s;  // longer than the 3 s lead
    h.run_until(t0 + 40s);
    REQUIRE(h.screen.fades.size() >= 2);
    CHECK(h.screen.shown[0] == Seen{t0 + 5s, "programme"});
    // Due at 25 s, asked at 22 s, ready at 27 s: shown then, and its 10 s count from there.
    CHECK(h.screen.fades[0] == Seen{t0 + 27s, "speaker-ada"});
    CHECK(h.screen.fades[1] == Seen{t0 + 39s, "speaker-grace"});  // due at 37 s, ready at 39 s
}

TEST_CASE("scheduler: new content mid-slide replaces the slide on screen at once, which keeps its remaining time") {
    ShowHarness h = harness();
    h.run_until(t0 + 5s);
    CHECK(h.screen.fades.empty());
    h.content = kiosk::test::load_content(kiosk::test::scheduler_content("Welcome and opening"));
    h.run_until(t0 + 21s);
    REQUIRE(h.screen.fades.size() == 2);
    CHECK(h.screen.fades[0] == Seen{t0 + 5s, "programme"});     // faded into its new version
    CHECK(h.screen.fades[1] == Seen{t0 + 20s, "speaker-ada"});  // at the old boundary, not 20 s later
    REQUIRE(h.scheduler.front().has_value());
    CHECK(h.scheduler.front()->content == h.content);
}

TEST_CASE("scheduler: new content that changes nothing on the slide on screen draws nothing") {
    ShowHarness h = harness();
    h.run_until(t0 + 5s);
    const auto frames_before = h.screen.frames.size();
    h.content = kiosk::test::load_content(kiosk::test::scheduler_content("Opening", kPost));
    h.run_until(t0 + 19s);
    CHECK(h.screen.fades.empty());
    CHECK(h.screen.redraws.empty());
    CHECK(h.screen.frames.size() == frames_before);
    REQUIRE(h.scheduler.front().has_value());
    CHECK(h.scheduler.front()->content == h.content);  // kept, so the next slide comes from it
    h.run_until(t0 + 51s);
    REQUIRE(h.screen.fades.size() == 3);
    CHECK(h.screen.fades[2] == Seen{t0 + 40s, "post-hello"});
}

TEST_CASE("scheduler: a fade lasts 800 ms at 60 frames a second at most, and saves one screenshot half-way") {
    kiosk::SchedulerOptions options;
    options.slide_screenshots = true;
    ShowHarness h = harness(options);
    h.run_until(t0 + 21s);
    REQUIRE(h.screen.fades.size() == 1);
    REQUIRE(h.screen.shown.size() == 2);
    CHECK(h.screen.shown[1].at - h.screen.fades[0].at == 800ms);
    const auto& frames = h.screen.frames;
    REQUIRE(frames.size() >= 10);
    CHECK(frames.front().first == t0 + 20s);
    for (std::size_t i = 1; i < frames.size(); ++i) {
        CHECK(frames[i].first - frames[i - 1].first >= 16ms);
        CHECK(frames[i].second > frames[i - 1].second);  // a frame that would look the same is not drawn
    }
    CHECK(frames.size() <= 800 / 16 + 1);
    CHECK(h.screen.fade_screenshots == 1);
}

TEST_CASE("scheduler: a fast rehearsal shortens slides and their fades to a third of the slide") {
    kiosk::SchedulerOptions options;
    options.speed = 10.0;
    ShowHarness h = harness(options);
    h.run_until(t0 + 4s);
    REQUIRE(h.screen.fades.size() >= 2);
    CHECK(h.screen.fades[0] == Seen{t0 + 2s, "speaker-ada"});    // 20 s of screen time
    CHECK(h.screen.fades[1] == Seen{t0 + 3s, "speaker-grace"});  // 10 s
    const auto fade = h.screen.shown[1].at - h.screen.fades[0].at;
    CHECK(fade >= 333ms);  // a third of 1 s, to the next frame, not 800 ms
    CHECK(fade < 350ms);
}

TEST_CASE(
    "scheduler: at the end of the on-hours the slide gives way to the off-hours screen, and comes back at their "
    "start") {
    kiosk::SchedulerOptions options;
    options.on_hours.always = false;
    // On 08:00-09:00 and from 09:02 in London: off for two minutes from 09:00.
    for (auto& day : options.on_hours.days)
        day = {kiosk::TimeWindow{8 * 60, 9 * 60}, kiosk::TimeWindow{9 * 60 + 2, 12 * 60}};
    ShowHarness h(options, kNine - 25s, kiosk::test::load_content(kiosk::test::scheduler_content()));
    // Each run_until() ends with a step, so these stop off the loop's 500 ms beat.
    h.run_until(t0 + 24100ms);
    CHECK(h.scheduler.wanted_kind() == kiosk::FaceKind::Slide);
    CHECK(h.screen.fades.size() == 1);  // programme to Ada at 20 s
    h.run_until(t0 + 26s);
    REQUIRE(h.screen.fades.size() == 2);
    // Woken at the minute (with 2 ms to spare), not at Ada's end at 30 s.
    CHECK(h.screen.fades[1].face == "off-hours");
    CHECK(h.screen.fades[1].at >= t0 + 25s);
    CHECK(h.screen.fades[1].at <= t0 + 25s + 5ms);
    h.run_until(t0 + 144100ms);
    CHECK(h.screen.fades.size() == 2);  // nothing else while the screen is off
    CHECK(h.scheduler.front()->kind == kiosk::FaceKind::OffHours);
    h.run_until(t0 + 146s);
    REQUIRE(h.screen.fades.size() == 3);
    CHECK(h.screen.fades[2].face == "programme");  // the deck from its start
    CHECK(h.screen.fades[2].at >= t0 + 145s);
    CHECK(h.screen.fades[2].at <= t0 + 145s + 5ms);
    CHECK(h.steps < 146 * 2 + 300);  // it sleeps: about one step per 500 ms and the fades' frames
}

TEST_CASE("scheduler: going offline puts the note on the slide on screen in place; coming back takes it away") {
    ShowHarness h = harness();
    h.run_until(t0 + 5s);
    h.status.online = false;
    h.status.offline_since = kNine;
    h.status.content_from = kNine - 10min;
    h.run_until(t0 + 10s);
    REQUIRE(h.screen.redraws.size() == 1);
    CHECK(h.screen.redraws[0] == Seen{t0 + 5s, "programme"});
    CHECK(h.screen.fades.empty());  // drawn in place, no fade
    REQUIRE(h.scheduler.front().has_value());
    CHECK(h.scheduler.front()->note == "Offline since 09:00 \u00B7 showing content from 08:50");
    h.status.online = true;
    h.run_until(t0 + 15s);
    REQUIRE(h.screen.redraws.size() == 2);
    CHECK(h.scheduler.front()->note.empty());
    h.run_until(t0 + 21s);
    REQUIRE(h.screen.fades.size() == 1);
    CHECK(h.screen.fades[0] == Seen{t0 + 20s, "speaker-ada"});  // the slide's time was kept
}

TEST_CASE("scheduler: watchdog pings stay due on time while the next slide's preparation is outstanding") {
    ShowHarness h = harness();
    h.watchdog_interval = 300ms;  // out of step with the slides, the fades and the 500 ms beat
    h.run_until(t0 + 21s);
    REQUIRE(h.screen.fades.size() == 1);
    h.screen.worker_never_done = true;  // from now on the worker never answers
    h.run_until(t0 + 59s);
    CHECK(h.screen.fades.size() == 1);  // Ada's slide stays from 30 s, held for its successor
    REQUIRE(h.pings.size() > 59 * 3);
    for (std::size_t i = 1; i < h.pings.size(); ++i) {
        // On time, or at a fade's next frame.
        CHECK(h.pings[i] - h.pings[i - 1] <= 300ms + kiosk::ShowScheduler::kFadeFrame);
    }
    CHECK(h.pings.back() >= t0 + 58700ms);
    CHECK(h.steps < 59 * 4 + 100);  // woken for the pings, not spinning
}

TEST_CASE(
    "scheduler: with nothing to show yet the waiting slide waits 1.5 s for the first fetch, and gives way to content") {
    SUBCASE("the fetch answers in time: the first face is the programme") {
        ShowHarness h(kiosk::SchedulerOptions{}, kNine, nullptr);
        h.status.polls = 0;
        h.run_until(t0 + 700ms);
        CHECK(h.screen.shown.empty());
        h.content = kiosk::test::load_content(kiosk::test::scheduler_content());
        h.status.polls = 1;
        h.run_until(t0 + 2s);
        REQUIRE(h.screen.shown.size() == 1);
        CHECK(h.screen.shown[0] == Seen{t0 + 700ms, "programme"});
    }
    SUBCASE("no answer: the waiting slide at 1.5 s, faded into the programme when content comes") {
        ShowHarness h(kiosk::SchedulerOptions{}, kNine, nullptr);
        h.status.polls = 0;
        h.run_until(t0 + 5s);
        REQUIRE(h.screen.shown.size() == 1);
        CHECK(h.screen.shown[0] == Seen{t0 + 1500ms, "waiting"});
        h.content = kiosk::test::load_content(kiosk::test::scheduler_content());
        h.status.polls = 1;
        h.run_until(t0 + 6s);
        REQUIRE(h.screen.fades.size() == 1);
        CHECK(h.screen.fades[0] == Seen{t0 + 5s, "programme"});
    }
    SUBCASE("a source that answered with an error: the waiting slide at once") {
        ShowHarness h(kiosk::SchedulerOptions{}, kNine, nullptr);
        h.status.polls = 1;
        h.run_until(t0 + 1s);
        REQUIRE(h.screen.shown.size() == 1);
        CHECK(h.screen.shown[0] == Seen{t0, "waiting"});
    }
}

TEST_CASE("scheduler: after the display is lost the deck starts again on the new one, drawn at once with no fade") {
    ShowHarness h = harness();
    h.run_until(t0 + 25s);
    REQUIRE(h.screen.shown.size() == 2);  // the programme, then Ada at 20.8 s
    h.scheduler.output_lost();
    CHECK_FALSE(h.scheduler.front().has_value());
    h.run_until(t0 + 26s);
    REQUIRE(h.screen.shown.size() == 3);
    CHECK(h.screen.shown[2] == Seen{t0 + 25s, "programme"});  // the deck from its start, drawn at once
    CHECK(h.screen.fades.size() == 1);
}
