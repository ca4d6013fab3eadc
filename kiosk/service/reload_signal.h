// SIGHUP as "reload": the handler only sets a flag, which the frame loop turns into a re-read of
// the config file and a poll of the content source.
#pragma once

namespace kiosk {

// Installs the SIGHUP handler. Call once from main's thread before starting workers.
void install_reload_signal();

// True once per SIGHUP received since the last call (several at once count as one). Cheap:
// call it every frame.
bool take_reload_request();

}  // namespace kiosk
