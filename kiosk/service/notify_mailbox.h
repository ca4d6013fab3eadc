// The notifications waiting for systemd, kept in order and small: the frame loop posts into it
// and never waits, the notification thread takes everything out and sends it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kiosk {

// Not thread-safe on its own: NotifySender guards it with a mutex.
class NotifyMailbox {
public:
    // More state changes than this waiting at once means systemd is not reading at all.
    static constexpr std::size_t kMaxEvents = 32;

    // A state change (READY=1, RELOADING=1, STOPPING=1): each is sent, in the order posted.
    // False when kMaxEvents are already waiting; the message is then dropped.
    bool post_event(std::string message);
    // STATUS=…: only the latest matters, so it replaces one still waiting and goes last.
    void post_status(std::string message);
    // WATCHDOG=1: one waiting ping stands for any number posted since the last send.
    void post_ping();

    bool empty() const { return messages_.empty(); }
    // Everything waiting, in sending order; the mailbox is empty afterwards.
    std::vector<std::string> take();

private:
    enum class Kind { Event, Status, Ping };
    struct Message {
        Kind kind;
        std::string text;
    };

    std::vector<Message> messages_;
};

}  // namespace kiosk
