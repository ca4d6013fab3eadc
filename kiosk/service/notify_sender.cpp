// The notification thread: waits for mail, sends it with sd_notify outside the lock. It touches
// nothing but the shared mailbox, so it may safely outlive the NotifySender that started it.
#include "kiosk/service/notify_sender.h"

#include <systemd/sd-daemon.h>

#include <condition_variable>
#include <mutex>
#include <utility>

#include "kiosk/base/log.h"
#include "kiosk/service/notify_mailbox.h"

namespace kiosk {

struct NotifySender::Shared {
    std::mutex mutex;
    std::condition_variable wake;  // mail arrived, or stop
    std::condition_variable idle;  // the mailbox was emptied and sent
    NotifyMailbox mailbox;
    bool sending = false;
    bool stop = false;
    int error = 0;
};

NotifySender::NotifySender() : shared_(std::make_shared<Shared>()), thread_([s = shared_] { run(s); }) {}

NotifySender::~NotifySender() {
    std::unique_lock lock(shared_->mutex);
    shared_->stop = true;
    shared_->wake.notify_all();
    const bool flushed =
        shared_->idle.wait_for(lock, kFlushTimeout, [this] { return shared_->mailbox.empty() && !shared_->sending; });
    lock.unlock();
    if (flushed) {
        thread_.join();
        return;
    }
    log::warning("systemd has not read its notification socket for " + std::to_string(kFlushTimeout.count()) +
                 " ms; exiting without waiting for it");
    thread_.detach();
}

bool NotifySender::post_event(std::string message) {
    bool posted = false;
    {
        const std::lock_guard lock(shared_->mutex);
        posted = shared_->mailbox.post_event(std::move(message));
    }
    shared_->wake.notify_one();
    return posted;
}

void NotifySender::post_status(std::string message) {
    {
        const std::lock_guard lock(shared_->mutex);
        shared_->mailbox.post_status(std::move(message));
    }
    shared_->wake.notify_one();
}

void NotifySender::post_ping() {
    {
        const std::lock_guard lock(shared_->mutex);
        shared_->mailbox.post_ping();
    }
    shared_->wake.notify_one();
}

int NotifySender::take_error() {
    const std::lock_guard lock(shared_->mutex);
    return std::exchange(shared_->error, 0);
}

void NotifySender::run(const std::shared_ptr<Shared>& shared) {
    std::unique_lock lock(shared->mutex);
    for (;;) {
        shared->wake.wait(lock, [&] { return shared->stop || !shared->mailbox.empty(); });
        if (shared->mailbox.empty()) return;  // stopping, and everything was sent
        const auto messages = shared->mailbox.take();
        shared->sending = true;
        lock.unlock();
        int error = 0;
        for (const auto& message : messages) {
            if (const int rc = sd_notify(0, message.c_str()); rc < 0) error = rc;
        }
        lock.lock();
        shared->sending = false;
        if (error != 0) shared->error = error;
        if (shared->mailbox.empty()) shared->idle.notify_all();
    }
}

}  // namespace kiosk
