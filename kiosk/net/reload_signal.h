// SIGHUP as "fetch now": the handler only sets a flag, which the frame loop turns into poll_now().
#pragma once

namespace kiosk {

// Installs the SIGHUP handler. Call once from main's thread before starting workers.
void install_reload_signal();

// True once per SIGHUP received since the last call. Cheap: call it every frame, then
// ContentPoller::poll_now() on each poller when it returns true.
bool take_reload_request();

}  // namespace kiosk
