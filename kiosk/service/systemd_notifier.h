// Telling systemd how the kiosk is doing: ready, stopping, a status line, and watchdog pings.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace kiosk {

// Talks to the service manager through $NOTIFY_SOCKET (sd_notify). Without systemd, or when the
// variable is unset, every call does nothing, so the same binary runs from a shell or a test.
// All calls are cheap and never block; they are meant for the frame loop's thread.
class SystemdNotifier {
public:
    using Clock = std::chrono::steady_clock;

    // Reads $NOTIFY_SOCKET and $WATCHDOG_USEC (through sd_watchdog_enabled) once.
    SystemdNotifier();

    bool active() const { return active_; }
    bool watchdog_enabled() const { return watchdog_interval_.count() > 0; }
    // How often to ping: half of WatchdogSec, as systemd recommends.
    std::chrono::microseconds watchdog_interval() const { return watchdog_interval_; }

    // READY=1, sent once: the first slide is on screen. Later calls do nothing.
    void ready();
    // STOPPING=1: shutting down on purpose, so the stop is not taken for a hang.
    void stopping();
    // RELOADING=1 when a SIGHUP reload starts; ready() after it sends READY=1 again.
    void reloading();
    // STATUS=<text>, shown by `systemctl status`. Sent only when the text changes.
    void status(std::string_view text);

    // True when a watchdog ping is due at `now`.
    bool watchdog_due(Clock::time_point now) const;
    // WATCHDOG=1 when due; call once per frame. Returns whether a ping was sent.
    bool tick(Clock::time_point now);

private:
    bool send(const std::string& message);

    bool active_ = false;
    bool ready_sent_ = false;
    std::chrono::microseconds watchdog_interval_{0};
    Clock::time_point last_ping_{};
    bool pinged_ = false;
    std::string last_status_;
};

}  // namespace kiosk
