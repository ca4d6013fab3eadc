// The frame loop. Each step takes what the workers handed over, decides whether the face on screen
// is still right, draws or fades only when it is not, reports to systemd, then sleeps.
#include "kiosk/screen/slide_show.h"

#include <algorithm>
#include <cstdio>

#include "kiosk/base/build_info.h"
#include "kiosk/base/clock.h"
#include "kiosk/base/log.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/net/clock_check.h"
#include "kiosk/service/reload_signal.h"
#include "kiosk/render/event_wait.h"
#include "kiosk/screen/host_addresses.h"
#include "kiosk/service/test_stall.h"

namespace kiosk {

using namespace std::chrono;

namespace {

constexpr milliseconds kMaxSleep{500};     // how often new content and signals are looked at
constexpr seconds kReopenEvery{5};         // retrying a display that went away
constexpr milliseconds kFadeFrame{16};
constexpr milliseconds kStepBudget{100};  // a step longer than this is logged     // a fade frame at most every 16 ms (60 Hz)
// With nothing cached, how long the first fetch may take before the waiting slide shows. It
// usually answers within a fraction of a second, and the waiting slide would only flash up to be
// faded out at once; a source that is down answers at once too, so its waiting slide is not held.
constexpr milliseconds kFirstContentWait{1500};
constexpr milliseconds kFirstContentPoll{20};

std::string face_file_name(const ScreenFace& face) {
    switch (face.kind) {
    case FaceKind::Slide: return face.slide.name;
    case FaceKind::Waiting: return "waiting";
    case FaceKind::OffHours: break;
    }
    return "off-hours";
}

}  // namespace

SlideShow::SlideShow(ShowOptions options, ContentFeed& feed, ScreenClock clock, const FontStack& fonts,
                     ServiceReporter& reporter, std::unique_ptr<ScreenOutput> output)
    : options_(std::move(options)), feed_(feed), clock_(clock), fonts_(fonts), reporter_(reporter),
      output_(std::move(output)) {
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

Instant SlideShow::now() const { return floor<seconds>(precise_now()); }

FaceKind SlideShow::wanted_kind() const {
    const auto content = feed_.content();
    if (!content) return FaceKind::Waiting;
    if (!options_.on_hours.always && content->event.zone != nullptr &&
        !within_on_hours(options_.on_hours, now(), *content->event.zone)) {
        return FaceKind::OffHours;
    }
    return FaceKind::Slide;
}

int SlideShow::run(const std::atomic<bool>& quit) {
    started_ = Steady::now();
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
        if (wait_for_event(event, sleep_time(Steady::now()))) {
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
    if (ms <= kStepBudget) return;
    log::write_limited(log::Level::Warning, "slow-step",
                       "frame loop: a step took " + std::to_string(ms.count()) + " ms (budget " +
                           std::to_string(kStepBudget.count()) + " ms)");
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
    } else if (!front_) {
        if (!holding_for_content(mono)) show_first(mono);
    } else if (fade_.active()) {
        continue_fade(mono);
    } else {
        const FaceKind want = wanted_kind();
        if (want != front_->kind) plan_.due_now(mono);
        if (want != front_->kind || want == FaceKind::Slide) advance(mono);
        const bool next_asked = pending_ && pending_->purpose == Purpose::Next;
        if (fade_.active() || next_asked) {
            // The next face is on its way: it brings the new content and the time with it.
        } else if (pending_ && pending_->purpose == Purpose::Update) {
            finish_update(mono);
        } else if (pending_ && pending_->purpose == Purpose::Redraw) {
            finish_redraw();
        } else if (want == FaceKind::Slide && front_->content != feed_.content()) {
            show_new_content(mono);
        } else if (ScreenFace face = refreshed(*front_); face != *front_) {
            request(Purpose::Redraw, std::move(face));
            finish_redraw();
        }
        periodic_screenshot(mono);
    }
    report(mono);
}

// Asks the worker for `face` (or, without one, lays it out at once) for `purpose`; whatever was
// asked before is dropped.
void SlideShow::request(Purpose purpose, ScreenFace face, std::optional<ScreenFace> compare) {
    prepared_.reset();
    const FaceContext context{options_.screen_name, feed_.source(), now()};
    const Size size = output_->slide_size();
    if (preparer_) {
        Pending pending{purpose, 0, face.kind, face.content};
        pending.id = preparer_->request(
            PrepareRequest{std::move(face), context, size, output_->cached_charges(), std::move(compare)});
        pending_ = std::move(pending);
        return;
    }
    PreparedFace ready;
    ready.face = std::move(face);
    ready.size = size;
    ready.list = face_display_list(ready.face, context, size, fonts_);
    ready.looks_same = compare && ready.list == face_display_list(*compare, context, size, fonts_);
    pending_ = Pending{purpose, 0, ready.face.kind, ready.face.content};
    prepared_ = std::move(ready);
}

void SlideShow::take_prepared() {
    if (!preparer_ || !pending_ || prepared_) return;
    prepared_ = preparer_->take();
    if (prepared_ && prepared_->failed) {
        // Laid out here instead, as before there was a worker: slow, but never nothing.
        const FaceContext context{options_.screen_name, feed_.source(), now()};
        prepared_->list = face_display_list(prepared_->face, context, prepared_->size, fonts_);
        prepared_->failed = false;
    }
}

// A face prepared for content, a kind of face or a size that is no longer current.
bool SlideShow::stale(const PreparedFace& prepared) const {
    return prepared.size != output_->slide_size() || prepared.face.content != feed_.content() ||
           (prepared.face.kind != wanted_kind());
}

// The prepared face for `purpose`, taken; nothing while it is not ready, or when it was for
// something else (then it stays) or is stale (then it is dropped).
std::optional<PreparedFace> SlideShow::ready_for(Purpose purpose) {
    if (!pending_ || pending_->purpose != purpose || !prepared_) return std::nullopt;
    std::optional<PreparedFace> ready = std::move(prepared_);
    forget_preparation();
    if (stale(*ready)) return std::nullopt;
    return ready;
}

void SlideShow::forget_preparation() {
    if (preparer_) preparer_->cancel();
    pending_.reset();
    prepared_.reset();
}

// The slide on screen and its successor: asked for ahead of the slide's end, shown at its end if
// it is ready, and otherwise the slide stays until it is. The loop never waits for it.
void SlideShow::advance(Steady::time_point mono) {
    const bool next_asked = pending_ && pending_->purpose == Purpose::Next;
    // A face asked for in other content or of another kind than is now wanted (the screen's hours
    // ended, new content came) is asked for again at once, not first finished and then dropped.
    const bool outdated = next_asked && (pending_->kind != wanted_kind() || pending_->content != feed_.content());
    if (outdated || (next_asked && prepared_ && stale(*prepared_))) forget_preparation();
    const bool asked = pending_ && pending_->purpose == Purpose::Next;
    const Preparation state = !asked ? Preparation::None : prepared_ ? Preparation::Ready : Preparation::Pending;
    switch (plan_.decide(mono, state)) {
    case NextAction::Request:
        request(Purpose::Next, next_face(mono));
        if (prepared_ && mono >= plan_.deadline()) {
            if (auto ready = ready_for(Purpose::Next)) fade_to(std::move(*ready), mono, true);
        }
        return;
    case NextAction::Show:
        if (auto ready = ready_for(Purpose::Next)) fade_to(std::move(*ready), mono, true);
        return;
    case NextAction::Hold:
        if (plan_.first_hold()) log::debug("next slide not prepared at its time: the slide on screen stays until it is");
        return;
    case NextAction::Wait: return;
    }
}

// How much a programme slide holds on this screen, which the deck's pages follow.
DeckShape SlideShow::screen_deck_shape() const {
    return output_ ? deck_shape(output_->slide_size(), fonts_) : DeckShape{};
}

ScreenFace SlideShow::next_face(Steady::time_point) {
    ScreenFace face;
    face.kind = wanted_kind();
    face.content = feed_.content();
    face.dimmed_clock = options_.on_hours.dimmed_clock;
    if (face.kind == FaceKind::Slide) {
        const Deck deck = build_deck(*face.content, now(), screen_deck_shape());
        const bool continuing = front_ && front_->kind == FaceKind::Slide;
        const std::size_t i = continuing ? next_slide_index(deck, front_->slide.name) : 0;
        if (i < deck.size()) face.slide = deck[i];
    }
    if (face.kind == FaceKind::Waiting) face.addresses = host_addresses();
    return refreshed(face);
}

// The face with its time-dependent parts brought up to date; equal to `face` when nothing changed.
ScreenFace SlideShow::refreshed(const ScreenFace& face) const {
    ScreenFace f = face;
    const Instant t = now();
    f.minute = floor<minutes>(t);
    f.clock_trusted = trusted_;
    if (f.kind == FaceKind::Slide) f.note = connection_note(status_, t, f.content->event.zone);
    if (f.kind == FaceKind::Waiting) {
        f.error = feed_.last_error();
        if (f.minute != face.minute) f.addresses = host_addresses();  // DHCP may have answered since
    }
    return f;
}

bool SlideShow::draw(int slot, const ScreenFace& face) {
    const FaceContext context{options_.screen_name, feed_.source(), now()};
    const DisplayList list = face_display_list(face, context, output_->slide_size(), fonts_);
    if (output_->draw(slot, list)) return true;
    lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
    return false;
}

bool SlideShow::holding_for_content(Steady::time_point mono) const {
    return wanted_kind() == FaceKind::Waiting && status_.polls == 0 && mono - started_ < kFirstContentWait;
}

// The first face is prepared like any other; the loop goes on (and pings) meanwhile.
void SlideShow::show_first(Steady::time_point mono) {
    if (pending_ && pending_->purpose == Purpose::First && prepared_ && stale(*prepared_)) forget_preparation();
    if (!pending_ || pending_->purpose != Purpose::First) {
        fade_.stop();
        request(Purpose::First, next_face(mono));
    }
    std::optional<PreparedFace> ready = ready_for(Purpose::First);
    if (!ready) return;
    front_ = std::move(ready->face);
    if (!output_->draw(front_slot_, ready->list, &ready->pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return;
    }
    if (front_->kind == FaceKind::Slide) {
        plan_.start(mono, clock_.real_duration(duration_cast<milliseconds>(front_->slide.duration)));
    }
    output_->compose(front_slot_, std::nullopt, 0);
    frame_shown();
}



// New content shows at once, not at the next slide boundary: the slide on screen fades into its
// new version, keeping its remaining time. Nothing is redrawn when it looks the same (a post
// arrived for another slide), and a slide the new content no longer has gives way to the next.
void SlideShow::show_new_content(Steady::time_point mono) {
    ScreenFace face = *front_;
    face.content = feed_.content();
    const Deck deck = build_deck(*face.content, now(), screen_deck_shape());
    const auto same = std::find_if(deck.begin(), deck.end(), [&](const Slide& s) { return s.name == face.slide.name; });
    if (same == deck.end()) {
        plan_.due_now(mono);
        advance(mono);
        return;
    }
    face.slide = *same;
    face = refreshed(face);
    request(Purpose::Update, std::move(face), *front_);
    finish_update(mono);
}

// The slide on screen in new content, once prepared: kept as it is when it looks the same,
// faded into its new version otherwise (keeping its remaining time).
void SlideShow::finish_update(Steady::time_point mono) {
    std::optional<PreparedFace> ready = ready_for(Purpose::Update);
    if (!ready || ready->face.slide.name != front_->slide.name) return;
    if (ready->looks_same) {
        front_ = std::move(ready->face);
        return;
    }
    log::info("new content: " + face_label(ready->face) + " updated on screen");
    fade_to(std::move(*ready), mono, false);
}

// The slide on screen with its clock or note brought up to date, drawn in place once prepared.
void SlideShow::finish_redraw() {
    std::optional<PreparedFace> ready = ready_for(Purpose::Redraw);
    if (!ready || ready->face.kind != front_->kind || ready->face.slide.name != front_->slide.name) return;
    front_ = std::move(ready->face);
    if (!output_->draw(front_slot_, ready->list, &ready->pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return;
    }
    output_->compose(front_slot_, std::nullopt, 0);
    output_->present();
    output_->settle(front_slot_);
}

// Only textures are made here, of the lines and photos the worker prepared. `next`: a new slide,
// whose time starts with the fade; otherwise the slide on screen keeps its remaining time.
void SlideShow::fade_to(PreparedFace prepared, Steady::time_point mono, bool next) {
    if (next) {
        if (const auto late = plan_.overrun(mono); late > kStepBudget) {
            log::debug("next slide shown " + std::to_string(late.count()) + " ms after its time, once prepared");
        }
    }
    incoming_ = std::move(prepared.face);
    // As before slides were prepared ahead, a slide's time counts from the step that shows it.
    if (next && incoming_.kind == FaceKind::Slide) {
        plan_.start(mono, clock_.real_duration(duration_cast<milliseconds>(incoming_.slide.duration)));
    }
    const auto drawing = Steady::now();
    if (!output_->draw(1 - front_slot_, prepared.list, &prepared.pixels)) {
        lose_output("cannot draw a slide: " + std::string(SDL_GetError()));
        return;
    }
    // The fade starts once the slide is ready, so that its first frames are not skipped.
    mono = Steady::now();
    fade_times_ = FadeTimes{};
    fade_times_.prepared = duration_cast<microseconds>(mono - drawing);
    fade_times_.share = output_->fade_share();
    // A fast --speed rehearsal gets shorter fades, so a slide is never mostly fading.
    const auto slide_time = duration_cast<milliseconds>(plan_.deadline() - mono);
    const auto length = incoming_.kind == FaceKind::Slide ? std::min(options_.fade, slide_time / 3) : options_.fade;
    fade_.start(mono, std::max(length, milliseconds(1)));
    mid_fade_saved_ = false;
    continue_fade(mono);
}

void SlideShow::continue_fade(Steady::time_point mono) {
    const int back = 1 - front_slot_;
    if (fade_.finished(mono)) {
        fade_.stop();
        front_slot_ = back;
        front_ = incoming_;
        output_->compose(front_slot_, std::nullopt, 0);
        note_fade_frame(mono);
        ++fade_times_.drawn;
        frame_shown();
        log_fade();
        return;
    }
    const std::uint8_t alpha = fade_.incoming_alpha(mono);
    // The eased fade starts and ends slowly: a step whose opacity rounds to the last one's would
    // draw the same picture again.
    if (fade_times_.steps == 0 || alpha != last_alpha_) {
        output_->compose(front_slot_, back, alpha);
        if (!options_.screenshot_dir.empty() && !mid_fade_saved_ && alpha >= 64) {
            screenshot("fade");
            mid_fade_saved_ = true;
        }
        output_->present();
        ++fade_times_.drawn;
        last_alpha_ = alpha;
    }
    note_fade_frame(mono);
}

void SlideShow::note_fade_frame(Steady::time_point mono) {
    if (fade_times_.steps > 0) fade_times_.longest = std::max(fade_times_.longest, duration_cast<microseconds>(mono - last_present_));
    ++fade_times_.steps;
    last_present_ = mono;
}

// Frame times, so that a board too slow for smooth fades shows in its log (at debug level).
void SlideShow::log_fade() {
    char line[160];
    std::snprintf(line, sizeof line,
                  "fade: %d steps, longest %.1f ms apart, %d frames drawn; %.1f ms to prepare, %.0f %% of the screen blended",
                  fade_times_.steps, static_cast<double>(fade_times_.longest.count()) / 1000.0,
                  fade_times_.drawn, static_cast<double>(fade_times_.prepared.count()) / 1000.0, fade_times_.share * 100.0);
    log::debug(line);
}

void SlideShow::redraw_front() {
    if (!draw(front_slot_, *front_)) return;
    output_->compose(front_slot_, std::nullopt, 0);
    output_->present();
    output_->settle(front_slot_);
}

// A new face is fully on screen.
void SlideShow::frame_shown() {
    if (!options_.screenshot_dir.empty()) screenshot(face_file_name(*front_));
    output_->present();
    output_->settle(front_slot_);
    reporter_.health().showing(face_label(*front_));
    log::debug("showing " + face_label(*front_));
    if (!first_frame_) return;
    first_frame_ = false;
    reporter_.first_frame_shown();
    // Measured now, after painting and presenting it: `mono` is when this step began.
    const auto ms = duration_cast<milliseconds>(Steady::now() - options_.launched).count();
    const VideoOutput& v = output_->video();
    log::info("first frame on screen " + std::to_string(ms) + " ms after start: " + face_label(*front_) + ", " +
              std::to_string(v.size.w) + "x" + std::to_string(v.size.h) + " on " + v.driver_name + " (" +
              v.renderer_name + (v.vsync ? ", vsync)" : ")"));
}

milliseconds SlideShow::sleep_time(Steady::time_point mono) const {
    // Fade frames are paced here too: some drivers claim vsync yet return from present() at once.
    if (output_ && fade_.active()) return std::max(ceil<milliseconds>(last_present_ + kFadeFrame - mono), milliseconds(0));
    milliseconds wait = kMaxSleep;
    if (output_ && !front_ && holding_for_content(mono)) wait = kFirstContentPoll;
    if (output_ && front_ && front_->kind == FaceKind::Slide) {
        const bool next_asked = pending_ && pending_->purpose == Purpose::Next;
        const Preparation state = !next_asked ? Preparation::None : prepared_ ? Preparation::Ready : Preparation::Pending;
        const auto wake = plan_.wake_at(state);
        if (wake != Steady::time_point::max()) wait = std::min(wait, ceil<milliseconds>(wake - mono));
    }
    // Wake just after the clock's next minute, when the status strip's clock changes.
    const auto next_minute = floor<minutes>(precise_now()) + minutes(1);
    const auto correction = correction_.value_or(seconds(0));
    wait = std::min(wait, clock_.real_until(next_minute - correction) + milliseconds(2));
    if (options_.exit_after) wait = std::min(wait, ceil<milliseconds>(started_ + *options_.exit_after - mono));
    if (reporter_.notifier().watchdog_enabled()) {
        // Woken when the ping falls due, not up to kMaxSleep later, so pings are as even as the
        // interval: the gaps systemd sees are the interval plus at most one step.
        wait = std::min(wait, duration_cast<milliseconds>(reporter_.notifier().watchdog_interval()));
        wait = std::min(wait, ceil<milliseconds>(reporter_.notifier().next_ping() - mono));
    }
    return std::max(wait, milliseconds(0));
}

}  // namespace kiosk
