// Tests of the systemd notifier against a real datagram socket standing in for the service manager.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "kiosk/service/systemd_notifier.h"
#include "tests/service/notify_socket.h"

namespace {

using kiosk::test::NotifySocket;
using Clock = kiosk::SystemdNotifier::Clock;
using std::chrono::milliseconds;

void enable_watchdog(int usec) {
    ::setenv("WATCHDOG_USEC", std::to_string(usec).c_str(), 1);
    ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
}

}  // namespace

TEST_CASE("notifier: ready, status and stopping reach the service manager's socket") {
    NotifySocket manager;
    kiosk::SystemdNotifier notifier;
    REQUIRE(notifier.active());
    notifier.ready();
    CHECK(manager.receive() == "READY=1");
    notifier.status("Showing Programme; online");
    CHECK(manager.receive() == "STATUS=Showing Programme; online");
    notifier.stopping();
    CHECK(manager.receive() == "STOPPING=1");
}

TEST_CASE("notifier: READY=1 is sent once and an unchanged status is not sent again") {
    NotifySocket manager;
    kiosk::SystemdNotifier notifier;
    notifier.ready();
    notifier.ready();
    notifier.status("same");
    CHECK(manager.receive() == "READY=1");
    CHECK(manager.receive() == "STATUS=same");
    // STOPPING=1 is never merged away, so a repeated status would arrive before it.
    notifier.status("same");
    notifier.stopping();
    CHECK(manager.receive() == "STOPPING=1");
    notifier.status("two\nlines");
    CHECK(manager.receive() == "STATUS=two lines");
    CHECK_FALSE(manager.receive(false).has_value());
}

TEST_CASE("notifier: the watchdog is pinged at half of WATCHDOG_USEC, and not in between") {
    NotifySocket manager;
    enable_watchdog(200'000);
    kiosk::SystemdNotifier notifier;
    REQUIRE(notifier.watchdog_enabled());
    CHECK(notifier.watchdog_interval() == milliseconds(100));
    const Clock::time_point start = Clock::now();
    CHECK(notifier.tick(start));
    CHECK(manager.receive() == "WATCHDOG=1");
    CHECK_FALSE(notifier.watchdog_due(start + milliseconds(99)));
    CHECK_FALSE(notifier.tick(start + milliseconds(50)));
    CHECK(notifier.tick(start + milliseconds(100)));
    CHECK(manager.receive() == "WATCHDOG=1");
    CHECK_FALSE(manager.receive(false).has_value());
}

TEST_CASE("notifier: a watchdog meant for another process is left alone") {
    NotifySocket manager;
    enable_watchdog(200'000);
    ::setenv("WATCHDOG_PID", "1", 1);
    kiosk::SystemdNotifier notifier;
    CHECK(notifier.active());
    CHECK_FALSE(notifier.watchdog_enabled());
    CHECK_FALSE(notifier.tick(Clock::now()));
}

TEST_CASE("notifier: without NOTIFY_SOCKET every call does nothing") {
    ::unsetenv("NOTIFY_SOCKET");
    kiosk::SystemdNotifier notifier;
    CHECK_FALSE(notifier.active());
    CHECK_FALSE(notifier.watchdog_enabled());
    notifier.ready();
    notifier.status("x");
    notifier.stopping();
    CHECK_FALSE(notifier.tick(Clock::now()));
}
