// Boot counting as values: which start shows a snapshot, which sets it aside, when it is confirmed.
#include <doctest/doctest.h>

#include "kiosk/cache/snapshot_trial.h"
#include "kiosk/cache/trial_files.h"

using namespace std::chrono;
using kiosk::BootAction;
using kiosk::TrialBook;
using kiosk::TrialRecord;

namespace {

const std::string kA = "20231009T120000Z-aaaaaaaaaaaa";
const std::string kB = "20231009T130000Z-bbbbbbbbbbbb";

}  // namespace

TEST_CASE("trial: the good snapshot is shown with no trial") {
    const auto plan = kiosk::plan_boot(TrialBook{kA, TrialRecord{kB, 1}}, kA);
    CHECK(plan.action == BootAction::Show);
    CHECK(plan.book.good == kA);
    CHECK_FALSE(plan.book.trial);
}

TEST_CASE("trial: a snapshot never shown before starts its trial at one start") {
    const auto plan = kiosk::plan_boot(TrialBook{kA, std::nullopt}, kB);
    CHECK(plan.action == BootAction::Show);
    REQUIRE(plan.book.trial);
    CHECK(plan.book.trial->id == kB);
    CHECK(plan.book.trial->starts == 1);
}

TEST_CASE("trial: a snapshot whose starts did not last is shown again until the limit, then set aside") {
    TrialBook book = kiosk::on_new_snapshot(TrialBook{kA, std::nullopt}, kB);  // shown while running: start 1
    REQUIRE(book.trial);
    CHECK(book.trial->starts == 1);
    auto plan = kiosk::plan_boot(book, kB, 2);  // died: start 2
    CHECK(plan.action == BootAction::Show);
    CHECK(plan.book.trial->starts == 2);
    plan = kiosk::plan_boot(plan.book, kB, 2);  // died again: set aside
    CHECK(plan.action == BootAction::SetAside);
    CHECK(plan.starts == 2);
    CHECK(plan.book.good == kA);
    CHECK_FALSE(plan.book.trial);
}

TEST_CASE("trial: a confirmed snapshot becomes the one to fall back to") {
    const TrialBook book = kiosk::on_confirmed(TrialBook{kA, TrialRecord{kB, 2}}, kB);
    CHECK(book.good == kB);
    CHECK_FALSE(book.trial);
    CHECK(kiosk::plan_boot(book, kB).action == BootAction::Show);
}

TEST_CASE("trial: an empty cache plans nothing") {
    const auto plan = kiosk::plan_boot(TrialBook{}, "");
    CHECK(plan.action == BootAction::Show);
    CHECK_FALSE(plan.book.trial);
}

TEST_CASE("trial timer: the snapshot is confirmed once, after it has been on screen long enough") {
    kiosk::TrialTimer timer(seconds(60));
    const steady_clock::time_point t0{};
    CHECK_FALSE(timer.tick(t0));
    timer.showing(kB);
    CHECK_FALSE(timer.tick(t0 + seconds(1)));    // the time counts from the first frame with it
    CHECK_FALSE(timer.tick(t0 + seconds(60)));
    const auto due = timer.tick(t0 + seconds(61));
    REQUIRE(due);
    CHECK(*due == kB);
    CHECK_FALSE(timer.tick(t0 + seconds(200)));
}

TEST_CASE("trial timer: newer content restarts the wait, and a local file needs none") {
    kiosk::TrialTimer timer(seconds(60));
    const steady_clock::time_point t0{};
    timer.showing(kA);
    CHECK_FALSE(timer.tick(t0));
    timer.showing(kB);
    CHECK_FALSE(timer.tick(t0 + seconds(59)));
    CHECK_FALSE(timer.tick(t0 + seconds(100)));
    CHECK(timer.tick(t0 + seconds(119)) == kB);
    timer.showing(kA);
    timer.clear();
    CHECK_FALSE(timer.tick(t0 + seconds(500)));
}

TEST_CASE("trial book: what is written reads back, and anything else is no record") {
    const TrialBook book{kA, TrialRecord{kB, 2}};
    const auto back = kiosk::parse_trial_book(kiosk::format_trial_book(book));
    REQUIRE(back);
    CHECK(back->good == kA);
    REQUIRE(back->trial);
    CHECK(back->trial->id == kB);
    CHECK(back->trial->starts == 2);
    CHECK(kiosk::parse_trial_book("")->good.empty());
    CHECK_FALSE(kiosk::parse_trial_book("good ../../etc\n"));
    CHECK_FALSE(kiosk::parse_trial_book("trial " + kB + " many\n"));
    CHECK_FALSE(kiosk::parse_trial_book("trial " + kB + " -1\n"));
}

TEST_CASE("trial: a clean stop gives back its start, and only for the snapshot on trial") {
    const TrialBook book{kA, TrialRecord{kB, 2}};
    const TrialBook back = kiosk::on_clean_stop(book, kB);
    REQUIRE(back.trial);
    CHECK(back.trial->starts == 1);
    CHECK(kiosk::plan_boot(back, kB, 2).action == BootAction::Show);
    CHECK(kiosk::on_clean_stop(book, kA).trial->starts == 2);
    CHECK(kiosk::on_clean_stop(TrialBook{kA, TrialRecord{kB, 0}}, kB).trial->starts == 0);
}
