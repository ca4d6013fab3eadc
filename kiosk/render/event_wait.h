// Sleeping until the next SDL event or a timeout, at the lowest cost each video driver allows.
#pragma once

#include <SDL.h>

#include <chrono>

namespace kiosk {

// Waits up to `timeout` for an event and stores it in `event`; false on timeout.
//
// On X11 and Wayland SDL sleeps in the kernel until an event or the timeout. Other drivers
// (KMSDRM, dummy, offscreen) have no such wait, and SDL_WaitEventTimeout then polls every
// millisecond; there this polls every 50 ms instead, which a kiosk screen never notices.
bool wait_for_event(SDL_Event& event, std::chrono::milliseconds timeout);

}  // namespace kiosk
