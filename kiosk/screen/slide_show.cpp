// The frame loop. Each step takes what the workers handed over, reads the clock and the feed,
// lets the scheduler decide, reports to systemd, then sleeps until the scheduler's next moment.
#include "kiosk/screen/slide_show.h"

#include <algorithm>
#include <cstdio>

#include "kiosk/base/build_info.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/log.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/net/clock_check.h"
#include "kiosk/render/event_wait.h"
#include "kiosk/screen/host_addresses.h"
#include "kiosk/service/reload_signal.h"
#include "kiosk/service/test_hooks.h"

namespace kiosk {

using namespace std::chrono;

namespace {

SchedulerOptions scheduler_options(const ShowOptions& o, const ScreenClock& clock) {
    SchedulerOptions s;
    s.on_hours = o.on_hours;
    s.fade = o.fade;
    s.speed = clock.speed();
    s.slide_screenshots = !o.screenshot_dir.empty();
    s.screenshot_every = o.screenshot_path.empty() ? minutes(0) : o.screenshot_interval;
    return s;
}

}  // namespace

SlideShow::SlideShow(ShowOptions options, ContentFeed& feed, ScreenClock clock, const FontStack& fonts,
                     ServiceReporter& reporter, std::unique_ptr<ScreenOutput> output)
    : options_(std::move(options)),
      feed_(feed),
      clock_(clock),
      fonts_(fonts),
      reporter_(reporter),
      output_(std::move(output)),
      scheduler_(scheduler_options(options_, clock_), *this) {
    prepared_event_ = SDL_RegisterEvents(1);
    auto worker_fonts = fonts_.sibling();
    if (!worker_fonts) {
        log::warning("fonts: cannot open a second set for preparing slides (" + worker_fonts.error().message +
                     "); slides are prepared on the frame loop");
        return;
    }
    const std::uint32_t type = prepared_event_;
    preparer_ = std::make_unique<FacePreparer>(std::move(worker_fonts).value(), [type] {
        if (type == static_cast<std::uint32_t>(-1)) return;
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event);  // thread-safe; a full queue only delays the loop until its next wake-up
    });
}

SlideShow::~SlideShow() = default;

system_clock::time_point SlideShow::precise_now() const {
    auto t = clock_.precise_now();
    if (correction_) t += *correction_;
    return t;
}

Instant SlideShow::now() const {
    return floor<seconds>(precise_now());
}

int SlideShow::run(const std::atomic<bool>& quit) {
    started_ = Steady::now();
    scheduler_.start(started_);
    if (!output_) next_reopen_ = started_;
    while (!quit && !quit_requested_) {
        const auto mono = Steady::now();
        if (options_.exit_after && mono - started_ >= *options_.exit_after) break;
        maybe_test_stall(mono - started_);
        step(mono);
        const auto took = Steady::now() - mono;
        step_times_.add(took);
        note_slow_step(took);
        SDL_Event event;
        if (wait_for_event(event, scheduler_.sleep_time(Steady::now(), wake_inputs()))) {
            do {
                handle_event(event);
            } while (SDL_PollEvent(&event) == 1);
        }
    }
    log::info("frame loop: " + step_times_.summary());
    log::info(quit ? "stopping on a signal" : quit_requested_ ? "stopping at the keyboard's request" : "stopping");
    reporter_.stopping(system_now(), Steady::now());
    return 0;
}

// A step that takes longer than a frame budget is a layout or drawing that should have been bounded;
// it is logged (rate-limited) so that content which comes near the watchdog shows up in the journal.
void SlideShow::note_slow_step(Steady::duration took) const {
    const auto ms = duration_cast<milliseconds>(took);
    if (ms <= ShowScheduler::kStepBudget) return;
    log::write_limited(log::Level::Warning, "slow-step",
                       "frame loop: a step took " + std::to_string(ms.count()) + " ms (budget " +
                           std::to_string(ShowScheduler::kStepBudget.count()) + " ms)");
}

void SlideShow::update_clock() {
    if (!options_.live_clock) read_clock_in_event_zone();
    if (options_.live_clock) correction_ = feed_.clock_correction();
    status_ = feed_.status();
    if (!options_.live_clock) return;
    const Instant floor_time = clock_floor(build_day(), status_.content_from);
    trusted_ = clock_trusted(system_now(), feed_.server_offset(), floor_time);
}

// A clock started at a wall-clock time (--at) before any content was read it in the machine's zone;
// the event's zone is the one the screen shows, so the time is read again there.
void SlideShow::read_clock_in_event_zone() {
    const auto content = feed_.content();
    if (!content || content->event.zone == nullptr) return;
    const auto moved = clock_.read_in_zone(*content->event.zone);
    const std::string& zone = content->event.time_zone_name;
    if (!moved) {
        log::warning("clock: the start time cannot be read in " + zone + ": " + moved.error().message);
    } else if (*moved) {
        log::info("clock: the start time is read in the event's zone, " + zone);
    }
}

void SlideShow::step(Steady::time_point mono) {
    feed_.take_updates();
    feed_.tick_trial(mono);
    if (take_reload_request()) reload();
    update_clock();
    if (output_) take_prepared();
    if (!output_) {
        reopen_output(mono);
    } else {
        scheduler_.step(world(mono));
    }
    report(mono);
}

// How much a programme slide holds on this screen, which the deck's pages follow; measured again
// only when the slide size changes. The loop does not lay out pages of the day to measure them
// (`kiosk render` does): with long texts that took half a second a deck, and the deck is built on
// the loop. Its pages hold as many sessions as the board holds rooms instead: a board row (two
// lines of title, speakers, and the next session) is taller than a row of the day, so they fit.
DeckShape SlideShow::screen_deck_shape() const {
    const Size size = output_->slide_size();
    if (!deck_shape_ || deck_shape_->first != size) {
        DeckShape shape = deck_shape(size, fonts_);
        shape.day_page_fits = nullptr;
        shape.programme_rows = std::max(1, shape.board_rows);
        deck_shape_ = std::pair{size, std::move(shape)};
    }
    return deck_shape_->second;
}

ShowWorld SlideShow::world(Steady::time_point mono) const {
    return ShowWorld{mono,   now(), feed_.content(), status_, trusted_, feed_.last_error(), output_->slide_size(),
                     screen_deck_shape()};
}

WakeInputs SlideShow::wake_inputs() const {
    WakeInputs in;
    in.output = output_ != nullptr;
    const auto next_minute = floor<minutes>(precise_now()) + minutes(1);
    in.until_minute = clock_.real_until(next_minute - correction_.value_or(seconds(0)));
    if (options_.exit_after) in.exit_at = started_ + *options_.exit_after;
    if (reporter_.notifier().watchdog_enabled()) {
        in.watchdog_interval = reporter_.notifier().watchdog_interval();
        in.next_ping = reporter_.notifier().next_ping();
    }
    return in;
}

void SlideShow::take_prepared() {
    if (!preparer_ || !scheduler_.awaiting_preparation()) return;
    std::optional<PreparedFace> taken = preparer_->take();
    if (!taken) return;
    if (taken->failed) {
        // Laid out here instead, as before there was a worker: slow, but never nothing.
        const FaceContext context{options_.screen_name, feed_.source(), now()};
        taken->list = face_display_list(taken->face, context, taken->size, fonts_);
        taken->failed = false;
    }
    auto body = std::make_shared<PreparedFace>(std::move(*taken));
    scheduler_.hand_over(Prepared{body->face, body->size, body->looks_same, body});
}

std::optional<Prepared> SlideShow::prepare(const ScreenFace& face, const std::optional<ScreenFace>& compare) {
    const FaceContext context{options_.screen_name, feed_.source(), now()};
    const Size size = output_->slide_size();
    if (preparer_) {
        preparer_->request(PrepareRequest{face, context, size, output_->cached_charges(), compare});
        return std::nullopt;
    }
    auto ready = std::make_shared<PreparedFace>();
    ready->face = face;
    ready->size = size;
    ready->list = face_display_list(face, context, size, fonts_);
    ready->looks_same = compare && ready->list == face_display_list(*compare, context, size, fonts_);
    return Prepared{face, size, ready->looks_same, ready};
}

void SlideShow::cancel_preparation() {
    if (preparer_) preparer_->cancel();
}

std::vector<std::string> SlideShow::addresses() {
    return host_addresses();
}

bool SlideShow::draw(int slot, const ScreenFace& face) {
    const FaceContext context{options_.screen_name, feed_.source(), now()};
    const DisplayList list = face_display_list(face, context, output_->slide_size(), fonts_);
    if (output_->draw(slot, list)) return true;
    lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
    return false;
}

bool SlideShow::show_first(const Prepared& prepared) {
    if (!output_->draw(front_slot_, prepared.body->list, &prepared.body->pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return false;
    }
    output_->compose(front_slot_, std::nullopt, 0);
    frame_shown(prepared.face);
    return true;
}

bool SlideShow::redraw(const Prepared& prepared) {
    if (!output_->draw(front_slot_, prepared.body->list, &prepared.body->pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return false;
    }
    output_->compose(front_slot_, std::nullopt, 0);
    output_->present();
    output_->settle(front_slot_);
    return true;
}

// Only textures are made here, of the lines and photos the worker prepared.
std::optional<IncomingDrawn> SlideShow::draw_incoming(const Prepared& prepared) {
    IncomingDrawn drawn;
    drawn.began = Steady::now();
    if (!output_->draw(1 - front_slot_, prepared.body->list, &prepared.body->pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return std::nullopt;
    }
    drawn.done = Steady::now();
    drawn.share = output_->fade_share();
    return drawn;
}

void SlideShow::fade_frame(std::uint8_t alpha, bool save) {
    output_->compose(front_slot_, 1 - front_slot_, alpha);
    if (save) screenshot("fade");
    output_->present();
}

void SlideShow::fade_finished(const ScreenFace& face, const FadeTimes& times) {
    front_slot_ = 1 - front_slot_;
    output_->compose(front_slot_, std::nullopt, 0);
    frame_shown(face);
    log_fade(times);
}

// Frame times, so that a board too slow for smooth fades shows in its log (at debug level).
void SlideShow::log_fade(const FadeTimes& times) const {
    char line[160];
    std::snprintf(
        line, sizeof line,
        "fade: %d steps, longest %.1f ms apart, %d frames drawn; %.1f ms to prepare, %.0f %% of the screen blended",
        times.steps, static_cast<double>(times.longest.count()) / 1000.0, times.drawn,
        static_cast<double>(times.prepared.count()) / 1000.0, times.share * 100.0);
    log::debug(line);
}

void SlideShow::redraw_front() {
    if (!draw(front_slot_, *scheduler_.front())) return;
    output_->compose(front_slot_, std::nullopt, 0);
    output_->present();
    output_->settle(front_slot_);
}

// A new face is fully on screen.
void SlideShow::frame_shown(const ScreenFace& face) {
    if (!options_.screenshot_dir.empty()) screenshot(face_file_name(face));
    output_->present();
    output_->settle(front_slot_);
    reporter_.health().showing(face_label(face));
    log::debug("showing " + face_label(face));
    if (!first_frame_) return;
    first_frame_ = false;
    reporter_.first_frame_shown();
    // Measured now, after painting and presenting it.
    const auto ms = duration_cast<milliseconds>(Steady::now() - options_.launched).count();
    const VideoOutput& v = output_->video();
    log::info("first frame on screen " + std::to_string(ms) + " ms after start: " + face_label(face) + ", " +
              std::to_string(v.size.w) + "x" + std::to_string(v.size.h) + " on " + v.driver_name + " (" +
              v.renderer_name + (v.vsync ? ", vsync)" : ")"));
}

}  // namespace kiosk
