// Tests of the notification mailbox: what waits for the sending thread, and in which order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/service/notify_mailbox.h"

using kiosk::NotifyMailbox;
using Messages = std::vector<std::string>;

TEST_CASE("notify mailbox: state changes are sent each, in the order posted") {
    NotifyMailbox box;
    CHECK(box.empty());
    CHECK(box.post_event("READY=1"));
    CHECK(box.post_event("RELOADING=1"));
    CHECK(box.post_event("READY=1"));
    CHECK_FALSE(box.empty());
    CHECK(box.take() == Messages{"READY=1", "RELOADING=1", "READY=1"});
    CHECK(box.empty());
    CHECK(box.take().empty());
}

TEST_CASE("notify mailbox: a newer status replaces one still waiting and goes after what came before it") {
    NotifyMailbox box;
    box.post_status("STATUS=a");
    box.post_event("STOPPING=1");
    box.post_status("STATUS=b");
    CHECK(box.take() == Messages{"STOPPING=1", "STATUS=b"});
}

TEST_CASE("notify mailbox: pings posted while one waits are one ping") {
    NotifyMailbox box;
    box.post_ping();
    box.post_status("STATUS=x");
    box.post_ping();
    box.post_ping();
    CHECK(box.take() == Messages{"WATCHDOG=1", "STATUS=x"});
    box.post_ping();
    CHECK(box.take() == Messages{"WATCHDOG=1"});
}

TEST_CASE("notify mailbox: past its limit of waiting state changes it refuses more, and takes them again once emptied") {
    NotifyMailbox box;
    for (std::size_t i = 0; i < NotifyMailbox::kMaxEvents; ++i) REQUIRE(box.post_event("RELOADING=1"));
    CHECK_FALSE(box.post_event("STOPPING=1"));
    box.post_status("STATUS=still taken");
    box.post_ping();
    const Messages sent = box.take();
    CHECK(sent.size() == NotifyMailbox::kMaxEvents + 2);
    CHECK(sent.back() == "WATCHDOG=1");
    CHECK(box.post_event("STOPPING=1"));
}
