// The stall is a plain sleep loop on the calling thread, so other threads (fetching) keep running
// and only the watchdog pings stop, which is exactly what a hung frame loop looks like. Without
// KIOSK_TEST_HOOKS the variables' names are not even in the binary.
#include "kiosk/service/test_hooks.h"

#include <cstdlib>
#include <string>
#include <thread>

#include "kiosk/base/log.h"

#ifndef KIOSK_TEST_HOOKS
#error "KIOSK_TEST_HOOKS must be defined to 0 or 1 (kiosk/service/CMakeLists.txt)"
#endif

namespace kiosk {

bool test_hooks_built() {
    return KIOSK_TEST_HOOKS != 0;
}

std::optional<std::chrono::milliseconds> parse_hook_ms(const char* text) {
    if (text == nullptr || *text == '\0') return std::nullopt;
    char* end = nullptr;
    const long long ms = std::strtoll(text, &end, 10);
    if (*end != '\0' || ms < 0) return std::nullopt;
    return std::chrono::milliseconds(ms);
}

#if KIOSK_TEST_HOOKS

void maybe_test_stall(std::chrono::steady_clock::duration elapsed) {
    static const auto stall_after = parse_hook_ms(std::getenv("KIOSK_TEST_STALL_AFTER_MS"));
    if (!stall_after || elapsed < *stall_after) return;
    log::warning("KIOSK_TEST_STALL_AFTER_MS=" + std::to_string(stall_after->count()) +
                 ": the frame loop now hangs on purpose, so the watchdog should restart the kiosk");
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

std::optional<std::chrono::milliseconds> test_confirm_after() {
    return parse_hook_ms(std::getenv("KIOSK_TEST_CONFIRM_AFTER_MS"));
}

#else

void maybe_test_stall(std::chrono::steady_clock::duration) {}

std::optional<std::chrono::milliseconds> test_confirm_after() {
    return std::nullopt;
}

#endif

}  // namespace kiosk
