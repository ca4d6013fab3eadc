// A lock-free atomic flag is the only thing the handler touches: it is async-signal-safe.
#include "kiosk/service/reload_signal.h"

#include <atomic>
#include <csignal>

namespace kiosk {
namespace {

std::atomic<bool> g_reload_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGHUP flag must be lock-free");

extern "C" void on_sighup(int) { g_reload_requested.store(true); }

}  // namespace

void install_reload_signal() {
    struct sigaction action {};
    action.sa_handler = on_sighup;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGHUP, &action, nullptr);
}

bool take_reload_request() { return g_reload_requested.exchange(false); }

}  // namespace kiosk
