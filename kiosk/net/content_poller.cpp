// The worker loop: poll, record the outcome under the lock, then wait on the condition variable.
#include "kiosk/net/content_poller.h"

#include <algorithm>
#include <utility>

#include "kiosk/base/clock.h"
#include "kiosk/base/log.h"
#include "kiosk/cache/trial_files.h"

namespace kiosk {
namespace {

std::string label(const PollerOptions& o) {
    return std::string(kind_name(o.sync.kind)) + " " + o.sync.source;
}

std::string seconds_text(std::chrono::milliseconds d) {
    return std::to_string((d.count() + 500) / 1000) + " s";
}

void log_rejection(const std::string& what, const PollOutcome& outcome) {
    log::error(what + ": new version rejected, still showing the last good one: " + outcome.error);
    int shown = 0;
    for (const auto& d : outcome.diagnostics) {
        if (d.severity != Severity::Error || format_diagnostic(d) == outcome.error) continue;
        if (++shown > 4) break;
        log::error(what + ": " + format_diagnostic(d));
    }
}

void log_missing_media(const std::string& what, const std::vector<MissingAsset>& missing) {
    for (std::size_t i = 0; i < missing.size() && i < 5; ++i) {
        log::warning(what + ": shown as a placeholder, retried on the next poll: " + missing[i].error);
    }
    if (missing.size() > 5) log::warning(what + ": " + std::to_string(missing.size() - 5) + " more media missing");
}

}  // namespace

Result<std::unique_ptr<ContentPoller>> ContentPoller::start(PollerOptions options) {
    auto sync = ContentSync::create(options.sync);
    if (!sync) return unexpected(sync.error());
    return std::unique_ptr<ContentPoller>(new ContentPoller(std::move(options), std::move(*sync)));
}

ContentPoller::ContentPoller(PollerOptions options, ContentSync sync)
    : options_(std::move(options)), sync_(std::move(sync)), random_(std::random_device{}()) {
    if (options_.backoff.first.count() <= 0) options_.backoff.first = options_.interval;
    status_.source = options_.sync.source;
    worker_ = std::thread([this] { run(); });
}

ContentPoller::~ContentPoller() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
}

std::optional<ContentUpdate> ContentPoller::take_update() {
    const std::lock_guard lock(mutex_);
    std::optional<ContentUpdate> out = std::move(latest_);
    latest_.reset();
    return out;
}

ConnectionStatus ContentPoller::status() const {
    const std::lock_guard lock(mutex_);
    return status_;
}

std::optional<std::chrono::seconds> ContentPoller::offset_locked() const {
    if (!server_time_) return std::nullopt;
    return server_time_now(*server_time_, std::chrono::steady_clock::now()) - system_now();
}

std::optional<std::chrono::seconds> ContentPoller::server_offset() const {
    const std::lock_guard lock(mutex_);
    return offset_locked();
}

std::optional<std::chrono::seconds> ContentPoller::clock_correction() const {
    const std::lock_guard lock(mutex_);
    if (!server_time_) return std::nullopt;
    return clock_correction_for(system_now(), server_time_now(*server_time_, std::chrono::steady_clock::now()));
}

void ContentPoller::poll_now() {
    {
        const std::lock_guard lock(mutex_);
        poll_requested_ = true;
    }
    wake_.notify_all();
}

void ContentPoller::confirm_snapshot(std::string id) {
    {
        const std::lock_guard lock(mutex_);
        to_confirm_ = std::move(id);
    }
    wake_.notify_all();
}

void ContentPoller::run() {
    while (!stopping_) {
        const PollOutcome outcome = sync_.poll(&stopping_);
        start_trial(outcome);
        std::unique_lock lock(mutex_);
        if (stopping_) break;
        wait_for_next_poll(lock, record(outcome));
        poll_requested_ = false;
    }
}

void ContentPoller::start_trial(const PollOutcome& outcome) {
    if (!outcome.update || stopping_) return;
    // Written before the frame loop can take the update, so a crash while showing it is counted.
    if (auto r = record_new_snapshot(options_.sync.cache_dir, outcome.update->snapshot_id, options_.sync.kind); !r) {
        log::warning("cache: " + r.error().message + "; snapshot " + outcome.update->snapshot_id +
                     " is shown unrecorded");
    }
}

void ContentPoller::wait_for_next_poll(std::unique_lock<std::mutex>& lock, std::chrono::milliseconds delay) {
    const auto until = std::chrono::steady_clock::now() + delay;
    for (;;) {
        wake_.wait_until(lock, until, [this] { return stopping_ || poll_requested_ || !to_confirm_.empty(); });
        if (to_confirm_.empty() || stopping_) return;
        const std::string id = std::exchange(to_confirm_, {});
        lock.unlock();
        if (auto r = record_confirmed(options_.sync.cache_dir, id, options_.sync.kind); !r) {
            log::warning("cache: " + r.error().message);
        } else {
            log::info("cache: " + std::string(kind_name(options_.sync.kind)) + " snapshot " + id +
                      " confirmed good; it is the one to fall back to");
        }
        lock.lock();
    }
}

void ContentPoller::note_clock(const ServerTimeSample& sample) {
    server_time_ = sample;
    const auto correction = clock_correction_for(system_now(), sample.server_date);
    if (correction && !clock_warned_) {
        const auto off = correction->count();
        log::warning("clock: the system clock is " + std::to_string(off > 0 ? off : -off) + " s " +
                     (off > 0 ? "behind" : "ahead of") + " the Date header of " + options_.sync.source +
                     "; shown times are corrected until it catches up");
    } else if (!correction && clock_warned_) {
        log::info("clock: the system clock now agrees with " + options_.sync.source);
    }
    clock_warned_ = correction.has_value();
}

void ContentPoller::describe_cached_snapshot() {
    const auto& current = sync_.current();
    if (!current) return;
    status_.content_from = current->manifest.fetched_at;
    status_.snapshot_id = current->id;
    status_.version = snapshot_version(current->manifest);
    status_.missing_assets = current->placeholders;
}

std::chrono::milliseconds ContentPoller::record(const PollOutcome& outcome) {
    const Instant now = system_now();
    if (outcome.server_time) note_clock(*outcome.server_time);
    ++status_.polls;
    status_.last_attempt = now;
    if (status_.polls == 1) describe_cached_snapshot();
    if (outcome.result == PollResult::Failed) {
        status_.next_poll_in = record_failure(outcome, now);
    } else {
        record_success(outcome, now);
        status_.next_poll_in = options_.interval;
    }
    return status_.next_poll_in;
}

std::chrono::milliseconds ContentPoller::record_failure(const PollOutcome& outcome, Instant now) {
    ++status_.consecutive_failures;
    status_.online = false;
    if (!status_.offline_since) status_.offline_since = now;
    status_.last_error = outcome.error;
    auto delay = retry_delay(status_.consecutive_failures, options_.backoff,
                             std::uniform_real_distribution<double>(0.0, 1.0)(random_));
    // A server that says when to come back (429, 503) is believed, up to the backoff's own cap.
    if (outcome.retry_after && *outcome.retry_after > now) {
        const auto asked = std::chrono::duration_cast<std::chrono::milliseconds>(*outcome.retry_after - now);
        delay = std::clamp(asked, delay, std::max(delay, options_.backoff.cap));
    }
    // The same error is logged once, then every tenth time, so a long outage stays readable.
    if (outcome.error != last_logged_error_ || status_.consecutive_failures % 10 == 0) {
        log::warning(label(options_) + ": " + outcome.error + " (failure " +
                     std::to_string(status_.consecutive_failures) + ", next try in " + seconds_text(delay) + ")");
        last_logged_error_ = outcome.error;
    }
    return delay;
}

void ContentPoller::record_success(const PollOutcome& outcome, Instant now) {
    const std::string what = label(options_);
    if (status_.consecutive_failures > 0) {
        log::info(what + ": reachable again after " + std::to_string(status_.consecutive_failures) + " failed polls");
    }
    last_logged_error_.clear();
    status_.consecutive_failures = 0;
    status_.online = true;
    status_.offline_since.reset();
    status_.last_success = now;
    status_.content_rejected = outcome.result == PollResult::Rejected;
    status_.last_error = outcome.error;
    if (outcome.not_modified) ++status_.not_modified;
    if (outcome.result == PollResult::Rejected && !outcome.repeated) log_rejection(what, outcome);
    if (!outcome.missing_media.empty() && outcome.error.empty()) {
        status_.last_error = std::to_string(outcome.missing_media.size()) +
                             " media not fetched; first: " + outcome.missing_media.front().error;
    }
    if (!outcome.update) return;
    const ContentUpdate& u = *outcome.update;
    ++status_.updates;
    status_.content_from = u.fetched_at;
    status_.version = u.version;
    status_.snapshot_id = u.snapshot_id;
    status_.missing_assets = u.missing_media;
    log::info(what + ": updated to " + u.version + " (snapshot " + u.snapshot_id + ")");
    log_missing_media(what, outcome.missing_media);
    latest_ = u;
}

}  // namespace kiosk
