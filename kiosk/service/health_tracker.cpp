// The health tracker: outage bookkeeping (offline since, last error) from fetch results.
#include "kiosk/service/health.h"

#include <utility>

namespace kiosk {
namespace {

bool same_fetch_state(const HealthSnapshot& a, const HealthSnapshot& b) {
    return a.connection == b.connection && a.offline_since == b.offline_since && a.last_fetch_ok == b.last_fetch_ok &&
           a.content_version == b.content_version && a.last_error == b.last_error &&
           a.last_error_at == b.last_error_at && a.content_rejected == b.content_rejected &&
           a.missing_media == b.missing_media;
}

}  // namespace

HealthTracker::HealthTracker(std::string version, std::string screen_name, std::string content_url) {
    state_.version = std::move(version);
    state_.screen_name = std::move(screen_name);
    state_.content_url = std::move(content_url);
}

void HealthTracker::restore(std::string content_version, std::optional<HealthInstant> fetched_at) {
    state_.content_version = std::move(content_version);
    state_.last_fetch_ok = fetched_at;
    ++generation_;
}

void HealthTracker::fetch_succeeded(std::string content_version, HealthInstant at) {
    state_.content_version = std::move(content_version);
    state_.last_fetch_ok = at;
    state_.connection = Connection::Online;
    state_.offline_since.reset();
    ++generation_;
}

void HealthTracker::fetch_failed(std::string error, HealthInstant at) {
    // The outage starts at its first failure; later failures only update the error.
    if (state_.connection != Connection::Offline) state_.offline_since = at;
    state_.connection = Connection::Offline;
    state_.last_error = std::move(error);
    state_.last_error_at = at;
    ++generation_;
}

void HealthTracker::update_fetch(const FetchReport& r, HealthInstant now) {
    HealthSnapshot next = state_;
    next.connection = !r.attempted ? Connection::Unknown : r.online ? Connection::Online : Connection::Offline;
    next.offline_since = r.online ? std::nullopt : r.offline_since;
    if (r.last_success) next.last_fetch_ok = r.last_success;
    if (!r.content_version.empty()) next.content_version = r.content_version;
    if (!r.last_error.empty() && r.last_error != state_.last_error) {
        next.last_error = r.last_error;
        next.last_error_at = now;
    }
    next.content_rejected = r.content_rejected;
    next.missing_media = r.missing_media;
    if (same_fetch_state(next, state_)) return;
    state_ = std::move(next);
    ++generation_;
}

void HealthTracker::showing(std::string slide) {
    if (slide == state_.current_slide) return;
    state_.current_slide = std::move(slide);
    ++generation_;
}

void HealthTracker::set_screen_on(bool on) {
    if (on == state_.screen_on) return;
    state_.screen_on = on;
    ++generation_;
}

void HealthTracker::set_aside(const SetAsideNote& note) {
    if (state_.set_aside == note) return;
    state_.set_aside = note;
    ++generation_;
}

void HealthTracker::set_identity(std::string screen_name, std::string content_url) {
    if (screen_name == state_.screen_name && content_url == state_.content_url) return;
    state_.screen_name = std::move(screen_name);
    state_.content_url = std::move(content_url);
    ++generation_;
}

HealthSnapshot HealthTracker::snapshot(HealthInstant now, std::chrono::seconds uptime,
                                       const MemoryUsage& memory) const {
    HealthSnapshot s = state_;
    s.uptime = uptime;
    s.memory = memory;
    s.written_at = now;
    return s;
}

}  // namespace kiosk
