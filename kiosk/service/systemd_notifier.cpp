// sd_notify through libsystemd, which finds the socket, handles abstract addresses and never blocks.
#include "kiosk/service/systemd_notifier.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

#include "kiosk/base/log.h"

namespace kiosk {

SystemdNotifier::SystemdNotifier() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    active_ = socket != nullptr && *socket != '\0';
    std::uint64_t usec = 0;
    // The variables are left in the environment, so a re-exec of the same binary still sees them.
    if (active_ && sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        watchdog_interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec / 2));
        log::info("systemd watchdog on: pinging every " + std::to_string(usec / 2000) + " ms");
    }
}

bool SystemdNotifier::send(const std::string& message) {
    if (!active_) return false;
    const int rc = sd_notify(0, message.c_str());
    if (rc < 0) {
        log::write_limited(log::Level::Warning, "sd_notify", "cannot notify systemd: error " + std::to_string(-rc));
        return false;
    }
    return rc > 0;
}

void SystemdNotifier::ready() {
    if (ready_sent_) return;
    ready_sent_ = true;
    send("READY=1");
}

void SystemdNotifier::stopping() { send("STOPPING=1"); }

void SystemdNotifier::reloading() {
    ready_sent_ = false;
    send("RELOADING=1");
}

void SystemdNotifier::status(std::string_view text) {
    if (text == last_status_) return;
    last_status_ = text;
    // STATUS= is one line; a newline would start another assignment.
    std::string line = "STATUS=";
    for (char c : text) line += (c == '\n' || c == '\r') ? ' ' : c;
    send(line);
}

bool SystemdNotifier::watchdog_due(Clock::time_point now) const {
    if (!active_ || !watchdog_enabled()) return false;
    return !pinged_ || now - last_ping_ >= watchdog_interval_;
}

bool SystemdNotifier::tick(Clock::time_point now) {
    if (!watchdog_due(now)) return false;
    last_ping_ = now;
    pinged_ = true;
    return send("WATCHDOG=1");
}

}  // namespace kiosk
