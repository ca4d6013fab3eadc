// The fake screen records; the harness plays the frame loop's part in time order.
#include "tests/screen/scheduler_harness.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/content/content_loader.h"

namespace kiosk::test {

using namespace std::chrono;

std::string scheduler_content(const std::string& opening, const std::string& posts) {
    std::string y =
        "version: 1\nevent:\n  title: \"Scheduler Conf\"\n  venue: Tate Liverpool\n"
        "  time_zone: Europe/London\n"
        "speakers:\n  - id: ada\n    name: Ada Lovelace\n  - id: grace\n    name: Grace Hopper\n"
        "programme:\n  - title: \"" +
        opening +
        "\"\n    start: \"2023-10-09 09:00\"\n"
        "    end: \"2023-10-09 09:30\"\n";
    if (!posts.empty()) y += "posts:\n" + posts;
    y += "display:\n  slides:\n    - kind: programme\n      duration: 20\n    - kind: speakers\n      duration: 10\n"
         "    - kind: posts\n      duration: 12\n";
    return y;
}

std::shared_ptr<const Content> load_content(const std::string& yaml) {
    LoadResult loaded = load_content_text(yaml, "scheduler.yaml");
    REQUIRE(loaded.content.has_value());
    return std::make_shared<const Content>(std::move(*loaded.content));
}

std::optional<Prepared> FakeScreen::prepare(const ScreenFace& face, const std::optional<ScreenFace>& compare) {
    asked.push_back({clock_, kiosk::face_file_name(face)});
    // Laid out with fixed metrics, as the worker would, to tell whether the update looks the same.
    const FaceContext context{"Hall A", "scheduler.yaml", floor<seconds>(face.minute)};
    Prepared prepared{face, size, false, nullptr};
    if (compare) {
        prepared.looks_same =
            face_display_list(face, context, size, measurer_) == face_display_list(*compare, context, size, measurer_);
    }
    if (!worker_delay && !worker_never_done) return prepared;
    queued = std::move(prepared);
    ready_at = worker_never_done ? std::nullopt : std::optional(clock_ + *worker_delay);
    return std::nullopt;
}

void FakeScreen::cancel_preparation() {
    ++cancels;
    queued.reset();
    ready_at.reset();
}

bool FakeScreen::show_first(const Prepared& prepared) {
    shown.push_back({clock_, kiosk::face_file_name(prepared.face)});
    return true;
}

bool FakeScreen::redraw(const Prepared& prepared) {
    redraws.push_back({clock_, kiosk::face_file_name(prepared.face)});
    return true;
}

std::optional<IncomingDrawn> FakeScreen::draw_incoming(const Prepared& prepared) {
    fades.push_back({clock_, kiosk::face_file_name(prepared.face)});
    return IncomingDrawn{clock_, clock_, 1.0};
}

void FakeScreen::fade_frame(std::uint8_t alpha, bool screenshot) {
    frames.emplace_back(clock_, alpha);
    if (screenshot) ++fade_screenshots;
}

void FakeScreen::fade_finished(const ScreenFace& face, const FadeTimes&) {
    shown.push_back({clock_, kiosk::face_file_name(face)});
}

ShowHarness::ShowHarness(SchedulerOptions options, Instant start, std::shared_ptr<const Content> c)
    : content(std::move(c)), scheduler(options, screen), start_(start), speed_(options.speed) {
    status.online = true;
    status.polls = 1;
    scheduler.start(mono);
}

Instant ShowHarness::now() const {
    const duration<double> run = mono - t0;
    return floor<seconds>(sys_time<system_clock::duration>(start_) +
                          duration_cast<system_clock::duration>(run * speed_));
}

void ShowHarness::step() {
    ++steps;
    // As SlideShow::take_prepared: the worker's result is handed over at the start of a step.
    if (screen.queued && screen.ready_at && mono >= *screen.ready_at && scheduler.awaiting_preparation()) {
        scheduler.hand_over(std::move(*screen.queued));
        screen.queued.reset();
        screen.ready_at.reset();
    }
    scheduler.step(ShowWorld{mono, now(), content, status, true, {}, screen.size, DeckShape{}});
    // As the reporter's tick: a ping whenever one is due (the first at once).
    if (watchdog_interval.count() > 0 && (pings.empty() || mono >= next_ping_)) {
        pings.push_back(mono);
        next_ping_ = mono + watchdog_interval;
    }
}

WakeInputs ShowHarness::wake_inputs() const {
    WakeInputs in;
    const duration<double> run = mono - t0;
    const auto precise = sys_time<system_clock::duration>(start_) + duration_cast<system_clock::duration>(run * speed_);
    const auto next_minute = floor<minutes>(precise) + minutes(1);
    in.until_minute = ceil<milliseconds>(duration<double>(next_minute - precise) / speed_);
    if (watchdog_interval.count() > 0) {
        in.watchdog_interval = watchdog_interval;
        in.next_ping = next_ping_;
    }
    return in;
}

void ShowHarness::run_until(Steady::time_point end) {
    for (;;) {
        step();
        Steady::time_point next = mono + scheduler.sleep_time(mono, wake_inputs());
        // The worker's word wakes the loop when it comes before the scheduler's own time.
        if (screen.ready_at && scheduler.awaiting_preparation())
            next = std::min(next, std::max(*screen.ready_at, mono));
        // A real step takes time; a fake one that asks to be woken at once moves the clock on by 1 ms.
        if (next <= mono && !(screen.ready_at && scheduler.awaiting_preparation())) next = mono + milliseconds(1);
        if (next > end) {
            mono = end;
            return;
        }
        mono = next;
    }
}

}  // namespace kiosk::test
