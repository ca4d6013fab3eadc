// When the frame loop asks for the next slide to be prepared off the loop, and what it does when
// the slide's time is up: show the successor if it is ready, or keep the slide on screen a little
// longer until it is, never waiting for it. Pure: times come in as parameters.
#pragma once

#include <chrono>

namespace kiosk {

// Where the next slide's preparation stands.
enum class Preparation { None, Pending, Ready };

enum class NextAction {
    Wait,     // nothing to do yet
    Request,  // ask for the next slide now
    Show,     // the next slide is ready and due: fade to it
    Hold,     // due but not ready: keep the slide on screen and look again when it is
};

class NextSlidePlan {
public:
    using Clock = std::chrono::steady_clock;

    // How long before a slide's end its successor is asked for: long enough for the slowest slide
    // of long text on a loaded board, and at most half the slide, so that the content it is
    // prepared from is rarely older than the slide itself.
    static constexpr std::chrono::milliseconds kMaxLead{3000};
    static std::chrono::milliseconds lead(std::chrono::milliseconds slide_time);

    // A slide lasting `slide_time` starts at `start`.
    void start(Clock::time_point start, std::chrono::milliseconds slide_time);
    // The slide must give way as soon as possible (the screen turns off, or content went away).
    void due_now(Clock::time_point now);

    Clock::time_point deadline() const { return deadline_; }
    NextAction decide(Clock::time_point now, Preparation state);
    // When the loop must next look, for the state: the worker wakes it when a preparation is done.
    Clock::time_point wake_at(Preparation state) const;
    // How long the slide stayed past its deadline for want of its successor (call when showing it).
    std::chrono::milliseconds overrun(Clock::time_point now) const;
    // Whether the hold that just began should be logged: once per slide.
    bool first_hold() const { return holds_ == 1; }

private:
    Clock::time_point deadline_{};
    std::chrono::milliseconds lead_{0};
    int holds_ = 0;
};

}  // namespace kiosk
