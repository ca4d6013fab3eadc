// Instants and the one reading of the wall clock. Pure code takes an Instant as a parameter; only
// the edges (the frame loop, the poller, the sync) call system_now().
#pragma once

#include <chrono>

namespace kiosk {

// All instants are UTC seconds; local times are derived through the event's time zone.
using Instant = std::chrono::sys_seconds;

// The system clock now, to the second below.
inline Instant system_now() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace kiosk
