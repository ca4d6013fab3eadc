// The screen's frame loop: picks the face to show (a slide, the waiting slide, or the off-hours
// screen), draws each face once into a texture, crossfades between them, and otherwise sleeps
// until something changes: a slide's end, the clock's minute, new content, an event or a signal.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/render/crossfade.h"
#include "kiosk/screen/screen_clock.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/screen/content_feed.h"
#include "kiosk/screen/face_preparer.h"
#include "kiosk/screen/next_slide_plan.h"
#include "kiosk/screen/step_times.h"
#include "kiosk/screen/screen_face.h"
#include "kiosk/screen/screen_output.h"
#include "kiosk/service/on_hours.h"
#include "kiosk/service/service_reporter.h"

namespace kiosk {

struct ShowOptions {
    ScreenOptions screen;
    bool keyboard_quit = false;                         // Esc and Q quit (always in a window)
    std::string screen_name;
    OnHours on_hours;
    bool live_clock = true;                             // false with --at: no correction, always trusted
    std::optional<std::chrono::milliseconds> exit_after;
    std::string screenshot_dir;                         // a PNG per slide shown and one mid-fade
    std::string screenshot_path;                        // the periodic screenshot; empty: none
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

// How a fade went, for the log: its steps (one per frame interval), the longest time between two
// of them, and the frames drawn (a step that would draw the same picture again draws none).
struct FadeTimes {
    int steps = 0;
    int drawn = 0;
    std::chrono::microseconds longest{0};
    std::chrono::microseconds prepared{0};  // drawing the incoming slide and what differs
    double share = 1.0;                     // of the screen blended in each frame
};

class SlideShow {
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
    // What a preparation under way is for: the first face, the next one, the slide on screen in
    // new content, or the slide on screen with its clock or note brought up to date.
    enum class Purpose { First, Next, Update, Redraw };
    struct Pending {
        Purpose purpose = Purpose::Next;
        std::uint64_t id = 0;
        FaceKind kind = FaceKind::Slide;          // of the face asked for
        std::shared_ptr<const Content> content;  // the content it was asked for in
    };

    bool handle_event(const SDL_Event& event);
    void step(Steady::time_point mono);
    void note_slow_step(Steady::duration took) const;
    ScreenFace next_face(Steady::time_point mono);
    ScreenFace refreshed(const ScreenFace& face) const;
    DeckShape screen_deck_shape() const;
    bool draw(int slot, const ScreenFace& face);
    bool holding_for_content(Steady::time_point mono) const;
    void show_first(Steady::time_point mono);
    void request(Purpose purpose, ScreenFace face, std::optional<ScreenFace> compare = std::nullopt);
    void take_prepared();
    bool stale(const PreparedFace& prepared) const;
    std::optional<PreparedFace> ready_for(Purpose purpose);
    void forget_preparation();
    void advance(Steady::time_point mono);
    void fade_to(PreparedFace prepared, Steady::time_point mono, bool next);
    void show_new_content(Steady::time_point mono);
    void finish_update(Steady::time_point mono);
    void finish_redraw();
    void continue_fade(Steady::time_point mono);
    void note_fade_frame(Steady::time_point mono);
    void log_fade();
    void redraw_front();
    void frame_shown();
    std::chrono::milliseconds sleep_time(Steady::time_point mono) const;
    void reopen_output(Steady::time_point mono);
    void lose_output(const std::string& why);
    void report(Steady::time_point mono);
    void update_clock();
    void read_clock_in_event_zone();
    void screenshot(const std::string& name);
    void periodic_screenshot(Steady::time_point mono);
    void reload();
    void apply_settings(const ShowSettings& next);
    void turn(int rotation);

    std::chrono::system_clock::time_point precise_now() const;
    Instant now() const;
    FaceKind wanted_kind() const;

    ShowOptions options_;
    ContentFeed& feed_;
    ScreenClock clock_;
    const FontStack& fonts_;
    ServiceReporter& reporter_;
    std::unique_ptr<ScreenOutput> output_;
    SettingsLoader loader_;

    std::optional<std::chrono::seconds> correction_;  // live clock only: from the servers' Date
    ConnectionStatus status_;                         // the content poller's, read once per step
    bool trusted_ = true;                             // whether the clock may claim "now"
    bool reopen_failure_logged_ = false;
    std::optional<ScreenFace> front_;                 // what slot front_slot_ shows
    ScreenFace incoming_;                             // during a fade: what the other slot shows
    int front_slot_ = 0;
    Crossfade fade_;
    bool mid_fade_saved_ = false;
    NextSlidePlan plan_;                              // the slide on screen's time, and its successor's
    std::optional<Pending> pending_;                  // a preparation asked for
    std::optional<PreparedFace> prepared_;            // its result, once handed over
    StepTimes step_times_;
    std::uint32_t prepared_event_ = 0;                // the SDL event the worker wakes the loop with
    Steady::time_point last_present_{};               // of the last fade frame
    FadeTimes fade_times_;                            // of the fade under way, logged at its end
    std::uint8_t last_alpha_ = 0;                     // of the last fade frame drawn
    Steady::time_point started_{};
    std::optional<Steady::time_point> next_reopen_;
    std::optional<Steady::time_point> next_screenshot_;
    bool first_frame_ = true;
    bool quit_requested_ = false;
    int screenshot_count_ = 0;
    // Last: its worker stops before anything above goes. Null when the worker's fonts could not
    // be opened; slides are then prepared on the loop itself.
    std::unique_ptr<FacePreparer> preparer_;
};

}  // namespace kiosk
