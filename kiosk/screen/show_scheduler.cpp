// The slide show's decisions. Each step takes the world as the loop read it, decides whether the
// face on screen is still right, and asks for a preparation, a fade or a redraw only when it is not.
#include "kiosk/screen/show_scheduler.h"

#include <algorithm>

#include "kiosk/base/log.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/screen/screen_clock.h"

namespace kiosk {

using namespace std::chrono;

FaceKind ShowScheduler::wanted_kind() const {
    const auto& content = world_.content;
    if (!content) return FaceKind::Waiting;
    if (!options_.on_hours.always && content->event.zone != nullptr &&
        !within_on_hours(options_.on_hours, world_.now, *content->event.zone)) {
        return FaceKind::OffHours;
    }
    return FaceKind::Slide;
}

void ShowScheduler::step(ShowWorld world) {
    world_ = std::move(world);
    const Steady::time_point mono = world_.mono;
    if (!front_) {
        if (!holding_for_content(mono)) show_first(mono);
        return;
    }
    if (fade_.active()) {
        continue_fade(mono);
        return;
    }
    const FaceKind want = wanted_kind();
    if (want != front_->kind) plan_.due_now(mono);
    if (want != front_->kind || want == FaceKind::Slide) advance(mono);
    if (!front_) return;  // the display was lost while drawing
    const bool next_asked = pending_ && pending_->purpose == Purpose::Next;
    if (fade_.active() || next_asked) {
        // The next face is on its way: it brings the new content and the time with it.
    } else if (pending_ && pending_->purpose == Purpose::Update) {
        finish_update(mono);
    } else if (pending_ && pending_->purpose == Purpose::Redraw) {
        finish_redraw();
    } else if (want == FaceKind::Slide && front_->content != world_.content) {
        show_new_content(mono);
    } else if (ScreenFace face = refreshed(*front_); face != *front_) {
        request(Purpose::Redraw, std::move(face));
        finish_redraw();
    }
    periodic_screenshot(mono);
}

bool ShowScheduler::holding_for_content(Steady::time_point mono) const {
    return wanted_kind() == FaceKind::Waiting && world_.status.polls == 0 && mono - started_ < kFirstContentWait;
}

// The first face is prepared like any other; the loop goes on (and pings) meanwhile.
void ShowScheduler::show_first(Steady::time_point mono) {
    if (pending_ && pending_->purpose == Purpose::First && prepared_ && stale(*prepared_)) forget_preparation();
    if (!pending_ || pending_->purpose != Purpose::First) {
        fade_.stop();
        request(Purpose::First, next_face());
    }
    std::optional<Prepared> ready = ready_for(Purpose::First);
    if (!ready) return;
    front_ = ready->face;
    if (!actions_.show_first(*ready)) return;
    if (front_->kind == FaceKind::Slide) plan_.start(mono, slide_time(*front_));
}

// Asks for `face` for `purpose`; whatever was asked before is dropped.
void ShowScheduler::request(Purpose purpose, ScreenFace face, std::optional<ScreenFace> compare) {
    prepared_.reset();
    Pending pending{purpose, face.kind, face.content};
    std::optional<Prepared> ready = actions_.prepare(face, compare);
    pending_ = std::move(pending);
    prepared_ = std::move(ready);
}

// A face prepared for content, a kind of face or a size that is no longer current.
bool ShowScheduler::stale(const Prepared& prepared) const {
    return prepared.size != world_.slide_size || prepared.face.content != world_.content ||
           prepared.face.kind != wanted_kind();
}

// The prepared face for `purpose`, taken; nothing while it is not ready, or when it was for
// something else (then it stays) or is stale (then it is dropped).
std::optional<Prepared> ShowScheduler::ready_for(Purpose purpose) {
    if (!pending_ || pending_->purpose != purpose || !prepared_) return std::nullopt;
    std::optional<Prepared> ready = std::move(prepared_);
    forget_preparation();
    if (stale(*ready)) return std::nullopt;
    return ready;
}

void ShowScheduler::forget_preparation() {
    actions_.cancel_preparation();
    pending_.reset();
    prepared_.reset();
}

Preparation ShowScheduler::next_state() const {
    const bool asked = pending_ && pending_->purpose == Purpose::Next;
    return !asked ? Preparation::None : prepared_ ? Preparation::Ready : Preparation::Pending;
}

// The slide on screen and its successor: asked for ahead of the slide's end, shown at its end if
// it is ready, and otherwise the slide stays until it is. The loop never waits for it.
void ShowScheduler::advance(Steady::time_point mono) {
    const bool next_asked = pending_ && pending_->purpose == Purpose::Next;
    // A face asked for in other content or of another kind than is now wanted (the screen's hours
    // ended, new content came) is asked for again at once, not first finished and then dropped.
    const bool outdated = next_asked && (pending_->kind != wanted_kind() || pending_->content != world_.content);
    if (outdated || (next_asked && prepared_ && stale(*prepared_))) forget_preparation();
    switch (plan_.decide(mono, next_state())) {
        case NextAction::Request:
            request(Purpose::Next, next_face());
            if (prepared_ && mono >= plan_.deadline()) {
                if (auto ready = ready_for(Purpose::Next)) fade_to(std::move(*ready), mono, true);
            }
            return;
        case NextAction::Show:
            if (auto ready = ready_for(Purpose::Next)) fade_to(std::move(*ready), mono, true);
            return;
        case NextAction::Hold:
            if (plan_.first_hold())
                log::debug("next slide not prepared at its time: the slide on screen stays until it is");
            return;
        case NextAction::Wait:
            return;
    }
}

ScreenFace ShowScheduler::next_face() const {
    ScreenFace face;
    face.kind = wanted_kind();
    face.content = world_.content;
    face.dimmed_clock = options_.on_hours.dimmed_clock;
    if (face.kind == FaceKind::Slide) {
        const Deck deck = build_deck(*face.content, world_.now, world_.deck_shape);
        const bool continuing = front_ && front_->kind == FaceKind::Slide;
        const std::size_t i = continuing ? next_slide_index(deck, front_->slide.name) : 0;
        if (i < deck.size()) face.slide = deck[i];
    }
    if (face.kind == FaceKind::Waiting) face.addresses = actions_.addresses();
    return refreshed(face);
}

// The face with its time-dependent parts brought up to date; equal to `face` when nothing changed.
ScreenFace ShowScheduler::refreshed(const ScreenFace& face) const {
    ScreenFace f = face;
    const Instant t = world_.now;
    f.minute = floor<minutes>(t);
    f.clock_trusted = world_.clock_trusted;
    if (f.kind == FaceKind::Slide) f.note = connection_note(world_.status, t, f.content->event.zone);
    if (f.kind == FaceKind::Waiting) {
        f.error = world_.last_error;
        if (f.minute != face.minute) f.addresses = actions_.addresses();  // DHCP may have answered since
    }
    return f;
}

// New content shows at once, not at the next slide boundary: the slide on screen fades into its
// new version, keeping its remaining time. Nothing is redrawn when it looks the same (a post
// arrived for another slide), and a slide the new content no longer has gives way to the next.
void ShowScheduler::show_new_content(Steady::time_point mono) {
    ScreenFace face = *front_;
    face.content = world_.content;
    const Deck deck = build_deck(*face.content, world_.now, world_.deck_shape);
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
void ShowScheduler::finish_update(Steady::time_point mono) {
    std::optional<Prepared> ready = ready_for(Purpose::Update);
    if (!ready || ready->face.slide.name != front_->slide.name) return;
    if (ready->looks_same) {
        front_ = std::move(ready->face);
        return;
    }
    log::info("new content: " + face_label(ready->face) + " updated on screen");
    fade_to(std::move(*ready), mono, false);
}

// The slide on screen with its clock or note brought up to date, drawn in place once prepared.
void ShowScheduler::finish_redraw() {
    std::optional<Prepared> ready = ready_for(Purpose::Redraw);
    if (!ready || ready->face.kind != front_->kind || ready->face.slide.name != front_->slide.name) return;
    front_ = ready->face;
    (void)actions_.redraw(*ready);  // a lost display has been told to output_lost()
}

// `next`: a new slide, whose time starts with the fade; otherwise the slide on screen keeps its
// remaining time.
void ShowScheduler::fade_to(Prepared prepared, Steady::time_point mono, bool next) {
    if (next) {
        if (const auto late = plan_.overrun(mono); late > kStepBudget) {
            log::debug("next slide shown " + std::to_string(late.count()) + " ms after its time, once prepared");
        }
    }
    incoming_ = prepared.face;
    // As before slides were prepared ahead, a slide's time counts from the step that shows it.
    if (next && incoming_.kind == FaceKind::Slide) plan_.start(mono, slide_time(incoming_));
    const std::optional<IncomingDrawn> drawn = actions_.draw_incoming(prepared);
    if (!drawn) return;
    // The fade starts once the slide is ready, so that its first frames are not skipped.
    mono = drawn->done;
    fade_times_ = FadeTimes{};
    fade_times_.prepared = duration_cast<microseconds>(drawn->done - drawn->began);
    fade_times_.share = drawn->share;
    // A fast --speed rehearsal gets shorter fades, so a slide is never mostly fading.
    const auto remaining = duration_cast<milliseconds>(plan_.deadline() - mono);
    const auto length = incoming_.kind == FaceKind::Slide ? std::min(options_.fade, remaining / 3) : options_.fade;
    fade_.start(mono, std::max(length, milliseconds(1)));
    mid_fade_saved_ = false;
    continue_fade(mono);
}

void ShowScheduler::continue_fade(Steady::time_point mono) {
    if (fade_.finished(mono)) {
        fade_.stop();
        front_ = incoming_;
        note_fade_frame(mono);
        ++fade_times_.drawn;
        actions_.fade_finished(*front_, fade_times_);
        return;
    }
    const std::uint8_t alpha = fade_.incoming_alpha(mono);
    // The eased fade starts and ends slowly: a step whose opacity rounds to the last one's would
    // draw the same picture again.
    if (fade_times_.steps == 0 || alpha != last_alpha_) {
        const bool screenshot = options_.slide_screenshots && !mid_fade_saved_ && alpha >= 64;
        if (screenshot) mid_fade_saved_ = true;
        actions_.fade_frame(alpha, screenshot);
        ++fade_times_.drawn;
        last_alpha_ = alpha;
    }
    note_fade_frame(mono);
}

void ShowScheduler::note_fade_frame(Steady::time_point mono) {
    if (fade_times_.steps > 0) {
        fade_times_.longest = std::max(fade_times_.longest, duration_cast<microseconds>(mono - last_present_));
    }
    ++fade_times_.steps;
    last_present_ = mono;
}

void ShowScheduler::periodic_screenshot(Steady::time_point mono) {
    if (options_.screenshot_every.count() <= 0 || !front_) return;
    if (next_screenshot_ && mono < *next_screenshot_) return;
    next_screenshot_ = mono + options_.screenshot_every;
    actions_.periodic_screenshot();
}

void ShowScheduler::set_screenshot_every(minutes every) {
    options_.screenshot_every = every;
    next_screenshot_.reset();
}

milliseconds ShowScheduler::slide_time(const ScreenFace& face) const {
    return real_duration(duration_cast<milliseconds>(face.slide.duration), options_.speed);
}

void ShowScheduler::output_lost() {
    fade_.stop();
    forget_preparation();
    front_.reset();
}

bool ShowScheduler::cut_fade() {
    if (!fade_.active()) return false;
    fade_.stop();
    front_ = incoming_;
    return true;
}

milliseconds ShowScheduler::sleep_time(Steady::time_point mono, const WakeInputs& in) const {
    // Fade frames are paced here too: some drivers claim vsync yet return from present() at once.
    if (in.output && fade_.active())
        return std::max(ceil<milliseconds>(last_present_ + kFadeFrame - mono), milliseconds(0));
    milliseconds wait = kMaxSleep;
    if (in.output && !front_ && holding_for_content(mono)) wait = kFirstContentPoll;
    if (in.output && front_ && front_->kind == FaceKind::Slide) {
        const auto wake = plan_.wake_at(next_state());
        if (wake != Steady::time_point::max()) wait = std::min(wait, ceil<milliseconds>(wake - mono));
    }
    // Wake just after the clock's next minute, when the status strip's clock changes.
    wait = std::min(wait, in.until_minute + milliseconds(2));
    if (in.exit_at) wait = std::min(wait, ceil<milliseconds>(*in.exit_at - mono));
    if (in.watchdog_interval.count() > 0) {
        // Woken when the ping falls due, not up to kMaxSleep later, so pings are as even as the
        // interval: the gaps systemd sees are the interval plus at most one step.
        wait = std::min(wait, duration_cast<milliseconds>(in.watchdog_interval));
        wait = std::min(wait, ceil<milliseconds>(in.next_ping - mono));
    }
    return std::max(wait, milliseconds(0));
}

}  // namespace kiosk
