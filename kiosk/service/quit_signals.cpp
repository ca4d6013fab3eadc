// The signal watcher: sigwait on a dedicated thread, woken by a directed signal to stop.
#include "kiosk/service/quit_signals.h"

#include <pthread.h>
#include <signal.h>

namespace kiosk {
namespace {

sigset_t quit_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

}  // namespace

void QuitSignals::block() {
    const sigset_t set = quit_set();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

QuitSignals::QuitSignals(std::function<void(int)> on_signal)
    : on_signal_(std::move(on_signal)), watcher_([this] { watch(); }) {}

QuitSignals::~QuitSignals() {
    // A signal sent to the watcher thread alone ends its wait; the flag says it is not a request.
    stopping_ = true;
    pthread_kill(watcher_.native_handle(), SIGTERM);
    watcher_.join();
}

void QuitSignals::watch() {
    const sigset_t set = quit_set();
    for (;;) {
        int signal_number = 0;
        if (sigwait(&set, &signal_number) != 0) continue;
        if (stopping_) return;
        received_ = true;
        if (on_signal_) on_signal_(signal_number);
    }
}

}  // namespace kiosk
