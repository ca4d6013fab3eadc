// Boot counting for content snapshots, as A/B update systems count boots of a new system image:
// a snapshot is on trial until it has stayed on screen long enough, and a snapshot that the kiosk
// could not keep showing through kMaxTrialStarts starts is set aside. Pure: no disk, no clock.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiosk {

// Starts that may show a snapshot on trial before it is set aside. Two, so that one unlucky power
// cut or restart in its first minute does not cost good content, and a bad one costs two restarts.
inline constexpr int kMaxTrialStarts = 2;

// How long a snapshot must stay on screen, with the frame loop running, to be confirmed good. Twice
// the unit's WatchdogSec (30 s), so a snapshot that hangs the loop is stopped by the watchdog before
// it could be confirmed, and long enough for the first slides, fades and photos to be drawn.
inline constexpr std::chrono::seconds kTrialConfirmAfter{60};

struct TrialRecord {
    std::string id;   // the snapshot on trial
    int starts = 0;   // runs of the kiosk that began showing it
};

// What the cache remembers between runs about the content snapshots shown.
struct TrialBook {
    std::string good;                  // the last snapshot confirmed good; empty when none yet
    std::optional<TrialRecord> trial;  // a snapshot shown but not yet confirmed
};

enum class BootAction { Show, SetAside };

struct BootPlan {
    BootAction action = BootAction::Show;
    TrialBook book;   // to be written durably before anything is shown
    int starts = 0;   // SetAside: the starts the snapshot had
};

// At start, with `current` the snapshot the cache would show (empty when none): show it, counting
// one more start when it is on trial, or set it aside when it has had `max_starts` already.
BootPlan plan_boot(const TrialBook& book, const std::string& current, int max_starts = kMaxTrialStarts);

// A new snapshot goes on screen while the kiosk runs: its first start.
TrialBook on_new_snapshot(TrialBook book, const std::string& id);

// `id` stayed on screen long enough: it becomes the good snapshot, the one to fall back to.
TrialBook on_confirmed(TrialBook book, const std::string& id);

// The kiosk stopped cleanly (a signal handled by a running frame loop) while `id` was on trial:
// that start proved nothing against it, so it is given back. A crash, a kill or the watchdog
// never gets here, and a hung loop cannot handle the signal.
TrialBook on_clean_stop(TrialBook book, const std::string& id);

// The frame loop's side: which snapshot is on screen since when, and when it is due to be confirmed.
class TrialTimer {
public:
    using Clock = std::chrono::steady_clock;
    explicit TrialTimer(Clock::duration confirm_after = kTrialConfirmAfter) : confirm_after_(confirm_after) {}

    // Snapshot `id`, on trial, has just been put on screen; the time counts from the next tick.
    void showing(std::string id);
    // What is on screen needs no trial (a local file, or nothing).
    void clear();
    // Called from the frame loop; gives the snapshot's id once, when it has been shown long enough.
    std::optional<std::string> tick(Clock::time_point now);
    // The snapshot on trial and not yet confirmed; empty when none.
    const std::string& pending() const { return id_; }

private:
    Clock::duration confirm_after_;
    std::string id_;
    std::optional<Clock::time_point> since_;
};

}  // namespace kiosk
