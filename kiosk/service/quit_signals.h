// SIGINT and SIGTERM as an orderly quit: the signals are blocked in every thread and taken by
// one watcher thread, which may then call thread-safe code (such as pushing an SDL event) that
// a signal handler could not.
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace kiosk {

class QuitSignals {
public:
    // Blocks SIGINT and SIGTERM in the calling thread and so in every thread it later starts.
    // Call it in main before any thread exists (SDL's included): a signal that arrives before
    // the watcher runs then waits for it instead of killing the process.
    static void block();

    // Starts the watcher; `on_signal` runs on the watcher thread with the signal number.
    explicit QuitSignals(std::function<void(int)> on_signal);
    ~QuitSignals();
    QuitSignals(const QuitSignals&) = delete;
    QuitSignals& operator=(const QuitSignals&) = delete;

    bool received() const { return received_; }

private:
    void watch();

    std::function<void(int)> on_signal_;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> received_{false};
    std::thread watcher_;
};

}  // namespace kiosk
