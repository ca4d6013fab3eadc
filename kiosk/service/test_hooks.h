// Hooks that only tests use: a deliberate hang of the frame loop (to check that the systemd
// watchdog restarts the kiosk) and a shorter trial for new snapshots. They are compiled in only
// when the build option KIOSK_TEST_HOOKS is on (the default with the test suite); a package build
// has neither, and the variables they read mean nothing to it.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk {

// Whether this binary was built with the test hooks (`kiosk --version` says so).
bool test_hooks_built();

// A delay given in milliseconds ("5000"), or nothing when unset or not a number.
std::optional<std::chrono::milliseconds> parse_hook_ms(const char* text);

// Called once per frame with the time since the loop started. When $KIOSK_TEST_STALL_AFTER_MS
// is set and that much time has passed, logs one line and never returns, as a hung renderer
// would; otherwise returns at once. The variable is read on the first call only. Without the
// hooks it always returns at once.
void maybe_test_stall(std::chrono::steady_clock::duration elapsed);

// How long a new snapshot must stay on screen to be confirmed, from $KIOSK_TEST_CONFIRM_AFTER_MS;
// nothing when unset, or without the hooks.
std::optional<std::chrono::milliseconds> test_confirm_after();

}  // namespace kiosk
