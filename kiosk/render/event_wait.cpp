// The event wait: SDL's own where it sleeps properly, coarse polling elsewhere.
#include "kiosk/render/event_wait.h"

#include <algorithm>
#include <cstring>

namespace kiosk {
namespace {

constexpr std::chrono::milliseconds kPollStep{50};

bool driver_can_sleep() {
    const char* driver = SDL_GetCurrentVideoDriver();
    return driver != nullptr && (std::strcmp(driver, "x11") == 0 || std::strcmp(driver, "wayland") == 0);
}

}  // namespace

bool wait_for_event(SDL_Event& event, std::chrono::milliseconds timeout) {
    if (timeout.count() <= 0) return SDL_PollEvent(&event) == 1;
    if (driver_can_sleep()) return SDL_WaitEventTimeout(&event, static_cast<int>(timeout.count())) == 1;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (SDL_PollEvent(&event) == 1) return true;
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        SDL_Delay(static_cast<Uint32>(std::min(left, kPollStep).count()));
    }
}

}  // namespace kiosk
