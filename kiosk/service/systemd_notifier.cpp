// sd_notify through libsystemd, which finds the socket and handles abstract addresses; the
// sending itself happens on NotifySender's thread.
#include "kiosk/service/systemd_notifier.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

#include "kiosk/base/log.h"

namespace kiosk {

SystemdNotifier::SystemdNotifier() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    if (socket == nullptr || *socket == '\0') return;
    sender_ = std::make_unique<NotifySender>();
    std::uint64_t usec = 0;
    // The variables are left in the environment, so a re-exec of the same binary still sees them.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        watchdog_interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec / 2));
        log::info("systemd watchdog on: pinging every " + std::to_string(usec / 2000) + " ms");
    }
}

// Errors show up on the sending thread; they are logged here, on the caller's, rate-limited.
void SystemdNotifier::log_send_error() {
    if (const int error = sender_->take_error(); error < 0) {
        log::write_limited(log::Level::Warning, "sd_notify", "cannot notify systemd: error " + std::to_string(-error));
    }
}

void SystemdNotifier::post_event(std::string message) {
    if (!sender_) return;
    log_send_error();
    if (!sender_->post_event(message)) {
        log::write_limited(log::Level::Warning, "sd_notify-full",
                           "systemd is not reading its notification socket; dropped " + message);
    }
}

void SystemdNotifier::ready() {
    if (ready_sent_) return;
    ready_sent_ = true;
    post_event("READY=1");
}

void SystemdNotifier::stopping() { post_event("STOPPING=1"); }

void SystemdNotifier::reloading() {
    if (!ready_sent_ || reloading_) return;
    reloading_ = true;
    // systemd matches the reload to this message by the time it was sent (CLOCK_MONOTONIC).
    const auto now = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch());
    post_event("RELOADING=1\nMONOTONIC_USEC=" + std::to_string(now.count()));
}

void SystemdNotifier::reloaded() {
    if (!reloading_) return;
    reloading_ = false;
    post_event("READY=1");
}

void SystemdNotifier::status(std::string_view text) {
    if (!sender_ || text == last_status_) return;
    last_status_ = text;
    // STATUS= is one line; a newline would start another assignment.
    std::string line = "STATUS=";
    for (char c : text) line += (c == '\n' || c == '\r') ? ' ' : c;
    sender_->post_status(std::move(line));
}

bool SystemdNotifier::watchdog_due(Clock::time_point now) const {
    if (!active() || !watchdog_enabled()) return false;
    return !pinged_ || now - last_ping_ >= watchdog_interval_;
}

bool SystemdNotifier::tick(Clock::time_point now) {
    if (!watchdog_due(now)) return false;
    last_ping_ = now;
    pinged_ = true;
    log_send_error();
    sender_->post_ping();
    return true;
}

}  // namespace kiosk
