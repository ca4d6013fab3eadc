// Telling systemd how the kiosk is doing: ready, reloading, stopping, a status line, watchdog pings.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "kiosk/service/notify_sender.h"

namespace kiosk {

// Talks to the service manager through $NOTIFY_SOCKET (sd_notify). Without systemd, or when the
// variable is unset, every call does nothing, so the same binary runs from a shell or a test.
// Every call only posts to the notification thread (NotifySender) and returns at once, so a
// service manager that is slow to read cannot stall the frame loop. Pings are posted by the
// frame loop alone, so a hung loop still stops them. Use it from one thread.
class SystemdNotifier {
public:
    using Clock = std::chrono::steady_clock;

    // Reads $NOTIFY_SOCKET and $WATCHDOG_USEC (through sd_watchdog_enabled) once, and starts
    // the notification thread when there is a socket.
    SystemdNotifier();

    bool active() const { return sender_ != nullptr; }
    bool watchdog_enabled() const { return watchdog_interval_.count() > 0; }
    // How often to ping: half of WatchdogSec, as systemd recommends.
    std::chrono::microseconds watchdog_interval() const { return watchdog_interval_; }

    // READY=1, sent once: the first slide is on screen. Later calls do nothing.
    void ready();
    // STOPPING=1: shutting down on purpose, so the stop is not taken for a hang.
    void stopping();
    // A reload (SIGHUP) begins: RELOADING=1 with MONOTONIC_USEC=, as systemd wants for
    // Type=notify reloads. Before READY=1 nothing is sent: the start is not over yet.
    void reloading();
    // The reload is over, applied or refused: READY=1 again, when reloading() sent RELOADING=1.
    void reloaded();
    // STATUS=<text>, shown by `systemctl status`. Sent only when the text changes.
    void status(std::string_view text);

    // True when a watchdog ping is due at `now`.
    bool watchdog_due(Clock::time_point now) const;
    // When the next ping falls due (now, before the first); meaningful only with the watchdog on.
    Clock::time_point next_ping() const { return pinged_ ? last_ping_ + watchdog_interval_ : Clock::time_point{}; }
    // WATCHDOG=1 when due; call once per frame. Returns whether a ping was posted.
    bool tick(Clock::time_point now);

private:
    void post_event(std::string message);
    void log_send_error();

    std::unique_ptr<NotifySender> sender_;
    bool ready_sent_ = false;
    bool reloading_ = false;
    std::chrono::microseconds watchdog_interval_{0};
    Clock::time_point last_ping_{};
    bool pinged_ = false;
    std::string last_status_;
};

}  // namespace kiosk
