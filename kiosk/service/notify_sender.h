// The thread that hands notifications to systemd. sd_notify is a blocking sendmsg: when the
// service manager is slow to read its socket, the wait happens on this thread, never in the
// frame loop, which only posts into a mailbox.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace kiosk {

class NotifySender {
public:
    // How long the destructor waits for the last notifications (STOPPING=1) to be taken.
    static constexpr std::chrono::milliseconds kFlushTimeout{500};

    NotifySender();
    // Sends what is waiting, for at most kFlushTimeout. A thread still stuck in sendmsg after
    // that is left to end with the process, so a full socket cannot hold up the exit.
    ~NotifySender();
    NotifySender(const NotifySender&) = delete;
    NotifySender& operator=(const NotifySender&) = delete;

    // Each returns at once; see NotifyMailbox for what is merged. post_event is false when the
    // message had to be dropped because too many are waiting.
    bool post_event(std::string message);
    void post_status(std::string message);
    void post_ping();

    // The error (a negative errno) of the last failed sd_notify since the previous call, or 0.
    int take_error();

private:
    struct Shared;
    static void run(const std::shared_ptr<Shared>& shared);

    std::shared_ptr<Shared> shared_;
    std::thread thread_;
};

}  // namespace kiosk
