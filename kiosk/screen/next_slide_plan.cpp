// The next slide's timing.
#include "kiosk/screen/next_slide_plan.h"

#include <algorithm>

namespace kiosk {

using namespace std::chrono;

milliseconds NextSlidePlan::lead(milliseconds slide_time) {
    return std::clamp(slide_time / 2, milliseconds(0), kMaxLead);
}

void NextSlidePlan::start(Clock::time_point start, milliseconds slide_time) {
    deadline_ = start + slide_time;
    lead_ = lead(slide_time);
    holds_ = 0;
}

void NextSlidePlan::due_now(Clock::time_point now) {
    if (deadline_ <= now) return;
    deadline_ = now;
    lead_ = milliseconds(0);
}

NextAction NextSlidePlan::decide(Clock::time_point now, Preparation state) {
    switch (state) {
    case Preparation::None: return now >= deadline_ - lead_ ? NextAction::Request : NextAction::Wait;
    case Preparation::Ready: return now >= deadline_ ? NextAction::Show : NextAction::Wait;
    case Preparation::Pending: break;
    }
    if (now < deadline_) return NextAction::Wait;
    ++holds_;
    return NextAction::Hold;
}

NextSlidePlan::Clock::time_point NextSlidePlan::wake_at(Preparation state) const {
    switch (state) {
    case Preparation::None: return deadline_ - lead_;
    case Preparation::Ready: return deadline_;
    case Preparation::Pending: break;
    }
    return holds_ > 0 ? Clock::time_point::max() : deadline_;
}

milliseconds NextSlidePlan::overrun(Clock::time_point now) const {
    return std::max(duration_cast<milliseconds>(now - deadline_), milliseconds(0));
}

}  // namespace kiosk
