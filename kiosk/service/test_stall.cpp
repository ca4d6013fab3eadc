// The stall is a plain sleep loop on the calling thread, so other threads (fetching) keep running
// and only the watchdog pings stop, which is exactly what a hung frame loop looks like.
#include "kiosk/service/test_stall.h"

#include <cstdlib>
#include <string>
#include <thread>

#include "kiosk/base/log.h"

namespace kiosk {

std::optional<std::chrono::milliseconds> parse_stall_after(const char* text) {
    if (text == nullptr || *text == '\0') return std::nullopt;
    char* end = nullptr;
    const long long ms = std::strtoll(text, &end, 10);
    if (*end != '\0' || ms < 0) return std::nullopt;
    return std::chrono::milliseconds(ms);
}

void maybe_test_stall(std::chrono::steady_clock::duration elapsed) {
    static const auto stall_after = parse_stall_after(std::getenv("KIOSK_TEST_STALL_AFTER_MS"));
    if (!stall_after || elapsed < *stall_after) return;
    log::warning("KIOSK_TEST_STALL_AFTER_MS=" + std::to_string(stall_after->count()) +
                 ": the frame loop now hangs on purpose, so the watchdog should restart the kiosk");
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

}  // namespace kiosk
