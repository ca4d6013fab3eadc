// The screen's frame loop: reads the content feed, the clock and SDL's events, lets the scheduler
// (show_scheduler.h) decide which face to show (a slide, the waiting slide, or the off-hours
// screen) and when, and carries it out: the slide preparer, the textures, the crossfade's frames,
// screenshots and reports. Otherwise it sleeps until something can change.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "kiosk/screen/content_feed.h"
#include "kiosk/screen/face_preparer.h"
#include "kiosk/screen/screen_clock.h"
#include "kiosk/screen/screen_face.h"
#include "kiosk/screen/screen_output.h"
#include "kiosk/screen/show_scheduler.h"
#include "kiosk/screen/step_times.h"
#include "kiosk/service/on_hours.h"
#include "kiosk/service/service_reporter.h"

namespace kiosk {

struct ShowOptions {
    ScreenOptions screen;
    bool keyboard_quit = false;  // Esc and Q quit (always in a window)
    std::string screen_name;
    OnHours on_hours;
    bool live_clock = true;  // false with --at: no correction, always trusted
    std::optional<std::chrono::milliseconds> exit_after;
    std::string screenshot_dir;   // a PNG per slide shown and one mid-fade
    std::string screenshot_path;  // the periodic screenshot; empty: none
    std::chrono::minutes screenshot_interval{0};
    std::chrono::milliseconds fade{800};
    std::chrono::steady_clock::time_point launched = std::chrono::steady_clock::now();  // for the start-up time
};

// What the show runs with, all read from the config file (and the command line): the start-up
// settings, and those a reload (SIGHUP) brings.
struct ShowSettings {
    ShowOptions show;
    FeedOptions feed;
    Config config;  // for the status file and systemd's status line
};

// Reads the settings again for a reload; nothing (having logged why) when the file cannot be used.
using SettingsLoader = std::function<std::optional<ShowSettings>()>;

class SlideShow : private ShowActions {
public:
    using Steady = std::chrono::steady_clock;

    // `output` may be null: the show then waits for a display, trying again every few seconds.
    SlideShow(ShowOptions options, ContentFeed& feed, ScreenClock clock, const FontStack& fonts,
              ServiceReporter& reporter, std::unique_ptr<ScreenOutput> output);
    ~SlideShow();
    SlideShow(const SlideShow&) = delete;
    SlideShow& operator=(const SlideShow&) = delete;

    // On SIGHUP, apply what `loader` reads: everything but the video options (mode, renderer)
    // applies without a blank frame. Without a loader, SIGHUP only polls the content source.
    void reload_with(SettingsLoader loader) { loader_ = std::move(loader); }

    // Runs until `quit` is set (by a signal), a permitted key, or --exit-after. Returns the exit code.
    int run(const std::atomic<bool>& quit);

private:
    // ShowActions: what the scheduler decides, done with the output and the preparer.
    std::optional<Prepared> prepare(const ScreenFace& face, const std::optional<ScreenFace>& compare) override;
    void cancel_preparation() override;
    std::vector<std::string> addresses() override;
    bool show_first(const Prepared& prepared) override;
    bool redraw(const Prepared& prepared) override;
    std::optional<IncomingDrawn> draw_incoming(const Prepared& prepared) override;
    void fade_frame(std::uint8_t alpha, bool screenshot) override;
    void fade_finished(const ScreenFace& face, const FadeTimes& times) override;
    void periodic_screenshot() override;

    bool handle_event(const SDL_Event& event);
    void step(Steady::time_point mono);
    ShowWorld world(Steady::time_point mono) const;
    DeckShape screen_deck_shape() const;
    WakeInputs wake_inputs() const;
    void note_slow_step(Steady::duration took) const;
    void take_prepared();
    bool draw(int slot, const ScreenFace& face);
    void log_fade(const FadeTimes& times) const;
    void redraw_front();
    void frame_shown(const ScreenFace& face);
    void reopen_output(Steady::time_point mono);
    void lose_output(const std::string& why);
    void report(Steady::time_point mono);
    void update_clock();
    void read_clock_in_event_zone();
    void screenshot(const std::string& name);
    void reload();
    void apply_settings(const ShowSettings& next);
    void turn(int rotation);

    std::chrono::system_clock::time_point precise_now() const;
    Instant now() const;

    ShowOptions options_;
    ContentFeed& feed_;
    ScreenClock clock_;
    const FontStack& fonts_;
    ServiceReporter& reporter_;
    std::unique_ptr<ScreenOutput> output_;
    SettingsLoader loader_;
    ShowScheduler scheduler_;
    mutable std::optional<std::pair<Size, DeckShape>> deck_shape_;  // for the size it was measured at

    std::optional<std::chrono::seconds> correction_;  // live clock only: from the servers' Date
    ConnectionStatus status_;                         // the content poller's, read once per step
    bool trusted_ = true;                             // whether the clock may claim "now"
    bool reopen_failure_logged_ = false;
    int front_slot_ = 0;  // the output's slot the face on screen is in
    StepTimes step_times_;
    std::uint32_t prepared_event_ = 0;  // the SDL event the worker wakes the loop with
    Steady::time_point started_{};
    std::optional<Steady::time_point> next_reopen_;
    bool first_frame_ = true;
    bool quit_requested_ = false;
    int screenshot_count_ = 0;
    // Last: its worker stops before anything above goes. Null when the worker's fonts could not
    // be opened; slides are then prepared on the loop itself.
    std::unique_ptr<FacePreparer> preparer_;
};

}  // namespace kiosk
