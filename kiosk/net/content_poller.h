// Polls a content source on a worker thread; the frame loop takes results without ever waiting.
//
// The worker owns the network and the cache. It hands back through one mutex-guarded slot that
// holds the latest update (a newer one replaces an untaken older one) and the connection status.
// The frame loop calls take_update() and status() once per frame; both only copy or move under
// the lock, which the worker never holds during a transfer.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>

#include "kiosk/base/result.h"
#include "kiosk/net/backoff.h"
#include "kiosk/net/connection_status.h"
#include "kiosk/net/content_sync.h"

namespace kiosk {

struct PollerOptions {
    SyncOptions sync;
    std::chrono::milliseconds interval{30'000};   // between polls while all is well
    // Waits after failures; a zero `first` means "the interval". Rejected documents are not
    // failures: the source is polled at the normal interval until the organiser fixes them.
    BackoffPolicy backoff{std::chrono::milliseconds{0}, std::chrono::minutes{5}};
};

class ContentPoller {
public:
    // Starts the worker, which polls at once. Fails only when the source is unusable.
    static Result<std::unique_ptr<ContentPoller>> start(PollerOptions options);

    // Aborts any transfer in flight and joins the worker.
    ~ContentPoller();
    ContentPoller(const ContentPoller&) = delete;
    ContentPoller& operator=(const ContentPoller&) = delete;

    // The newest update not yet taken, if any. Never blocks on the network.
    std::optional<ContentUpdate> take_update();
    ConnectionStatus status() const;

    // What to add to the system clock, while it is more than a minute away from the servers'
    // Date headers; nothing once it has caught up (or before any Date header arrived).
    std::optional<std::chrono::seconds> clock_correction() const;
    // The servers' time minus the system's, once any response carried a Date header.
    std::optional<std::chrono::seconds> server_offset() const;

    // Wakes the worker for a poll now (or right after the one in flight), as SIGHUP asks.
    void poll_now();

    // Content snapshot `id` has stayed on screen long enough: the worker records it as the good
    // one to fall back to (a durable write, kept off the frame loop). Never blocks on the network.
    void confirm_snapshot(std::string id);

private:
    ContentPoller(PollerOptions options, ContentSync sync);
    void run();
    // Waits for `delay` or a poll request, writing confirmations as they come; under `lock`.
    void wait_for_next_poll(std::unique_lock<std::mutex>& lock, std::chrono::milliseconds delay);
    // Content only: the snapshot just handed over starts its trial (see kiosk/cache/snapshot_trial.h).
    void start_trial(const PollOutcome& outcome);
    // These run under the lock; record returns the wait before the next poll.
    std::chrono::milliseconds record(const PollOutcome& outcome);
    std::chrono::milliseconds record_failure(const PollOutcome& outcome, Instant now);
    void record_success(const PollOutcome& outcome, Instant now);
    void note_clock(const ServerTimeSample& sample);
    void describe_cached_snapshot();
    std::optional<std::chrono::seconds> offset_locked() const;

    PollerOptions options_;
    ContentSync sync_;           // touched by the worker only
    std::mt19937 random_;        // touched by the worker only
    std::atomic<bool> stopping_{false};

    mutable std::mutex mutex_;   // guards everything below
    std::condition_variable wake_;
    bool poll_requested_ = false;
    std::string to_confirm_;     // a snapshot id waiting to be recorded as good
    std::optional<ContentUpdate> latest_;
    ConnectionStatus status_;
    std::optional<ServerTimeSample> server_time_;
    bool clock_warned_ = false;
    std::string last_logged_error_;

    std::thread worker_;         // last, so it starts after every member it uses exists
};

}  // namespace kiosk
