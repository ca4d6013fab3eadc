// The frame loop's one handle on the service side: systemd notifications, watchdog, status file.
#pragma once

#include <chrono>
#include <string>

#include "kiosk/service/config.h"
#include "kiosk/service/health.h"
#include "kiosk/service/status_file.h"
#include "kiosk/service/systemd_notifier.h"

namespace kiosk {

// Owns the health tracker, the status file writer and the systemd notifier, and drives all three
// from tick(), which the frame loop calls once per frame. Everything else is an event method the
// loop calls when the event happens. Not thread-safe: use it from the frame loop's thread only.
class ServiceReporter {
public:
    using Clock = std::chrono::steady_clock;

    // `version` is the kiosk's version; the config gives the screen name, URL and status file.
    ServiceReporter(const Config& config, std::string version, Clock::time_point started);

    HealthTracker& health() { return health_; }
    SystemdNotifier& notifier() { return notifier_; }
    const std::string& status_file() const { return writer_.path(); }

    // The first slide (or the waiting slide) is on screen: READY=1. Later calls do nothing.
    void first_frame_shown() { notifier_.ready(); }
    // Shutting down on purpose: STOPPING=1 and a last status file.
    void stopping(HealthInstant now, Clock::time_point mono);
    // A reload (SIGHUP) begins and ends: RELOADING=1, then READY=1, whether it applied or not.
    void reload_started() { notifier_.reloading(); }
    void reload_finished() { notifier_.reloaded(); }
    // A reloaded config: the screen name and content URL reported, and the status file's path.
    void apply(const Config& config);

    // Once per frame: the watchdog ping when due; the status file and STATUS= when the health
    // state changed or the refresh interval passed. Costs a comparison or two otherwise.
    void tick(HealthInstant now, Clock::time_point mono);

private:
    Clock::time_point started_;
    HealthTracker health_;
    StatusWriter writer_;
    SystemdNotifier notifier_;
    std::uint64_t status_generation_ = ~std::uint64_t{0};
};

}  // namespace kiosk
