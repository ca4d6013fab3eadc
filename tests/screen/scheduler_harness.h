// The slide show's scheduler driven as the frame loop drives it, on a fake clock: a screen that
// records what it is asked to draw, a slide preparer that answers after a chosen delay (or at
// once, as the loop does without a worker), and a watchdog pinged whenever a ping falls due.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/screen/show_scheduler.h"
#include "tests/layout/fixed_measurer.h"

namespace kiosk::test {

using Steady = std::chrono::steady_clock;

// A content file (YAML) with a programme slide of 20 s and a speaker slide of 10 s for each of
// Ada and Grace; the opening session is titled `opening`, and `posts` (YAML list items) follow.
std::string scheduler_content(const std::string& opening = "Opening", const std::string& posts = {});
std::shared_ptr<const Content> load_content(const std::string& yaml);

struct Seen {
    Steady::time_point at;
    std::string face;
    friend bool operator==(const Seen&, const Seen&) = default;
};

// What the scheduler asked of the screen, each with the fake clock's time.
class FakeScreen final : public ShowActions {
public:
    explicit FakeScreen(const Steady::time_point& clock) : clock_(clock) {}

    // Nothing: faces are prepared at once, on the loop; otherwise the worker's result is ready
    // this long after the request (never, when `forever`).
    std::optional<std::chrono::milliseconds> worker_delay;
    bool worker_never_done = false;
    Size size{1920, 1080};

    std::vector<Seen> asked;                                 // preparations asked for
    std::vector<Seen> fades;                                 // fades begun (the incoming face drawn)
    std::vector<Seen> shown;                                 // faces fully on screen: the first, and each fade's end
    std::vector<Seen> redraws;                               // the face on screen drawn again in place
    std::vector<std::pair<Steady::time_point, int>> frames;  // fade frames and their opacity
    int fade_screenshots = 0;
    int periodic_screenshots = 0;
    int cancels = 0;

    // The worker's result for the last request, and when it is ready; taken by the harness.
    std::optional<Prepared> queued;
    std::optional<Steady::time_point> ready_at;

    std::optional<Prepared> prepare(const ScreenFace& face, const std::optional<ScreenFace>& compare) override;
    void cancel_preparation() override;
    std::vector<std::string> addresses() override { return {"192.0.2.10"}; }
    bool show_first(const Prepared& prepared) override;
    bool redraw(const Prepared& prepared) override;
    std::optional<IncomingDrawn> draw_incoming(const Prepared& prepared) override;
    void fade_frame(std::uint8_t alpha, bool screenshot) override;
    void fade_finished(const ScreenFace& face, const FadeTimes& times) override;
    void periodic_screenshot() override { ++periodic_screenshots; }

private:
    const Steady::time_point& clock_;
    FixedMeasurer measurer_;
};

// The loop: steps at the times the scheduler asks to be woken (or the worker wakes it), with the
// screen clock at `start` when the fake steady clock is at t0.
class ShowHarness {
public:
    static constexpr Steady::time_point t0{std::chrono::hours(1000)};

    ShowHarness(SchedulerOptions options, Instant start, std::shared_ptr<const Content> content);

    // Steps until the next wake-up would come after `end`; the clock is then at `end`, where
    // the next call steps first (as if new content or a signal woke the loop there).
    void run_until(Steady::time_point end);
    Instant now() const;

    Steady::time_point mono = t0;
    std::shared_ptr<const Content> content;
    ConnectionStatus status;
    std::chrono::microseconds watchdog_interval{0};
    std::vector<Steady::time_point> pings;
    int steps = 0;
    FakeScreen screen{mono};
    ShowScheduler scheduler;

private:
    void step();
    WakeInputs wake_inputs() const;

    Instant start_;
    double speed_;
    Steady::time_point next_ping_{};
};

}  // namespace kiosk::test
