// The frame loop's timing logic, with a fake clock: when the next slide is asked for, what happens
// when it is late, and the step-time figures the loop logs.
#include <doctest/doctest.h>

#include <chrono>

#include "kiosk/screen/next_slide_plan.h"
#include "kiosk/screen/step_times.h"

using namespace std::chrono_literals;
using kiosk::NextAction;
using kiosk::NextSlidePlan;
using kiosk::Preparation;

namespace {

const NextSlidePlan::Clock::time_point t0{100s};  // the fake clock's "now" when the slide starts

}  // namespace

TEST_CASE("next slide: asked for 3 s before a long slide ends, half-way through a short one") {
    CHECK(NextSlidePlan::lead(20s) == 3s);
    CHECK(NextSlidePlan::lead(4s) == 2s);
    CHECK(NextSlidePlan::lead(300ms) == 150ms);
    CHECK(NextSlidePlan::lead(0ms) == 0ms);
}

TEST_CASE("next slide: requested at its lead time, shown at the deadline once ready") {
    NextSlidePlan plan;
    plan.start(t0, 10s);
    CHECK(plan.deadline() == t0 + 10s);
    CHECK(plan.decide(t0, Preparation::None) == NextAction::Wait);
    CHECK(plan.wake_at(Preparation::None) == t0 + 7s);
    CHECK(plan.decide(t0 + 6999ms, Preparation::None) == NextAction::Wait);
    CHECK(plan.decide(t0 + 7s, Preparation::None) == NextAction::Request);
    CHECK(plan.decide(t0 + 8s, Preparation::Pending) == NextAction::Wait);
    CHECK(plan.wake_at(Preparation::Pending) == t0 + 10s);
    // Ready early: the slide on screen still gets its full time.
    CHECK(plan.decide(t0 + 9s, Preparation::Ready) == NextAction::Wait);
    CHECK(plan.wake_at(Preparation::Ready) == t0 + 10s);
    CHECK(plan.decide(t0 + 10s, Preparation::Ready) == NextAction::Show);
    CHECK(plan.overrun(t0 + 10s) == 0ms);
}

TEST_CASE("next slide: not ready at the deadline, the slide stays and the loop waits for the worker's word") {
    NextSlidePlan plan;
    plan.start(t0, 10s);
    CHECK(plan.decide(t0 + 10s, Preparation::Pending) == NextAction::Hold);
    CHECK(plan.first_hold());
    // Woken by the worker, not by the clock: no polling while it works.
    CHECK(plan.wake_at(Preparation::Pending) == NextSlidePlan::Clock::time_point::max());
    CHECK(plan.decide(t0 + 10100ms, Preparation::Pending) == NextAction::Hold);
    CHECK_FALSE(plan.first_hold());  // logged once per slide
    CHECK(plan.decide(t0 + 10250ms, Preparation::Ready) == NextAction::Show);
    CHECK(plan.overrun(t0 + 10250ms) == 250ms);
    // The next slide's time starts when it is shown, so it is not cut short.
    plan.start(t0 + 10250ms, 10s);
    CHECK(plan.deadline() == t0 + 20250ms);
    CHECK(plan.decide(t0 + 20250ms, Preparation::Pending) == NextAction::Hold);
    CHECK(plan.first_hold());
}

TEST_CASE("next slide: a slide that must give way now asks for its successor at once") {
    NextSlidePlan plan;
    plan.start(t0, 10s);
    plan.due_now(t0 + 2s);
    CHECK(plan.deadline() == t0 + 2s);
    CHECK(plan.decide(t0 + 2s, Preparation::None) == NextAction::Request);
    CHECK(plan.decide(t0 + 2s, Preparation::Ready) == NextAction::Show);
    // A deadline already past is not moved later.
    plan.due_now(t0 + 5s);
    CHECK(plan.deadline() == t0 + 2s);
}

TEST_CASE("step times: median, p99 and the longest step, in milliseconds") {
    kiosk::StepTimes times;
    CHECK(times.count() == 0);
    CHECK(times.quantile(0.5) == 0ms);
    for (int i = 0; i < 98; ++i) times.add(300us);  // rounded up: at most 1 ms
    times.add(40ms);
    times.add(249ms);
    CHECK(times.count() == 100);
    CHECK(times.quantile(0.5) == 1ms);
    CHECK(times.quantile(0.99) == 40ms);
    CHECK(times.quantile(1.0) == 249ms);
    CHECK(times.longest() == 249ms);
    CHECK(times.summary() == "100 steps; median 1 ms, p99 40 ms, longest 249 ms");
}

TEST_CASE("step times: a step longer than the histogram still counts, with its own length") {
    kiosk::StepTimes times;
    times.add(45s);
    CHECK(times.quantile(0.5) == 45s);
    CHECK(times.longest() == 45s);
}
