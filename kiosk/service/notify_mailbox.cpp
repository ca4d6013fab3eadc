// The mailbox's coalescing rules: events queue up, a status replaces a status, pings merge.
#include "kiosk/service/notify_mailbox.h"

#include <algorithm>

namespace kiosk {

bool NotifyMailbox::post_event(std::string message) {
    const auto events = std::count_if(messages_.begin(), messages_.end(), [](const Message& m) { return m.kind == Kind::Event; });
    if (static_cast<std::size_t>(events) >= kMaxEvents) return false;
    messages_.push_back({Kind::Event, std::move(message)});
    return true;
}

void NotifyMailbox::post_status(std::string message) {
    std::erase_if(messages_, [](const Message& m) { return m.kind == Kind::Status; });
    messages_.push_back({Kind::Status, std::move(message)});
}

void NotifyMailbox::post_ping() {
    const bool waiting = std::any_of(messages_.begin(), messages_.end(), [](const Message& m) { return m.kind == Kind::Ping; });
    if (!waiting) messages_.push_back({Kind::Ping, "WATCHDOG=1"});
}

std::vector<std::string> NotifyMailbox::take() {
    std::vector<std::string> out;
    out.reserve(messages_.size());
    for (auto& m : messages_) out.push_back(std::move(m.text));
    messages_.clear();
    return out;
}

}  // namespace kiosk
