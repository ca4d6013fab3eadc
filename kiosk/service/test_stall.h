// A deliberate hang of the frame loop, for checking that the systemd watchdog restarts the kiosk.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk {

// The delay in $KIOSK_TEST_STALL_AFTER_MS ("5000"), or nothing when unset or not a number.
std::optional<std::chrono::milliseconds> parse_stall_after(const char* text);

// Called once per frame with the time since the loop started. When $KIOSK_TEST_STALL_AFTER_MS
// is set and that much time has passed, logs one line and never returns, as a hung renderer
// would; otherwise returns at once. The variable is read on the first call only.
void maybe_test_stall(std::chrono::steady_clock::duration elapsed);

}  // namespace kiosk
