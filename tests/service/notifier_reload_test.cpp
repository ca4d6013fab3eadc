// Tests of the notifier's reload messages and of a service manager that stops reading its socket.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/service/systemd_notifier.h"
#include "tests/service/notify_socket.h"

namespace {

using kiosk::test::NotifySocket;
using Clock = kiosk::SystemdNotifier::Clock;
using namespace std::chrono_literals;

// Waits for `flag`, for far longer than any post or the notifier's flush needs; a blocking
// send would keep it unset until the socket is read, which these tests do only afterwards.
bool set_soon(const std::atomic<bool>& flag) {
    const auto deadline = Clock::now() + 10s;
    while (!flag && Clock::now() < deadline) std::this_thread::sleep_for(10ms);
    return flag;
}

// Everything the manager reads, up to and including the first message equal to `last`.
std::vector<std::string> read_until(NotifySocket& manager, const std::string& last) {
    std::vector<std::string> messages;
    while (auto message = manager.receive()) {
        messages.push_back(*message);
        if (*message == last) break;
    }
    return messages;
}

long count_of(const std::vector<std::string>& messages, const std::string& prefix) {
    return std::count_if(messages.begin(), messages.end(), [&](const std::string& m) { return m.starts_with(prefix); });
}

}  // namespace

TEST_CASE("notifier: a reload is framed by RELOADING=1 and READY=1, but only once the start is over") {
    NotifySocket manager;
    kiosk::SystemdNotifier notifier;
    notifier.reloading();  // before READY=1 a reload is part of the start: nothing to say
    notifier.reloaded();
    notifier.ready();
    CHECK(manager.receive() == "READY=1");
    notifier.reloading();
    const auto reloading = manager.receive();
    REQUIRE(reloading);
    const std::string prefix = "RELOADING=1\nMONOTONIC_USEC=";
    REQUIRE(reloading->starts_with(prefix));
    CHECK(std::stoll(reloading->substr(prefix.size())) > 0);
    notifier.status("reloaded");
    notifier.reloaded();
    CHECK(manager.receive() == "STATUS=reloaded");
    CHECK(manager.receive() == "READY=1");
    notifier.reloaded();  // no reload under way: nothing
    notifier.stopping();
    CHECK(manager.receive() == "STOPPING=1");
}

TEST_CASE("notifier: a socket nobody reads never holds up the caller, and the latest state arrives once it is read") {
    NotifySocket manager;
    ::setenv("WATCHDOG_USEC", "200000", 1);
    const int queued = manager.fill();
    REQUIRE(queued > 0);
    kiosk::SystemdNotifier notifier;
    REQUIRE(notifier.watchdog_enabled());
    std::atomic<bool> returned{false};
    int pings_posted = 0;
    std::thread caller([&] {
        notifier.ready();
        const auto start = Clock::now();
        for (int i = 0; i < 1000; ++i) {
            notifier.status("status " + std::to_string(i));
            if (notifier.tick(start + std::chrono::seconds(i))) ++pings_posted;
        }
        returned = true;
    });
    const bool in_time = set_soon(returned);
    const auto messages = read_until(manager, "STATUS=status 999");
    caller.join();
    CHECK(in_time);
    CHECK(pings_posted == 1000);
    REQUIRE(messages.size() > static_cast<std::size_t>(queued));
    CHECK(messages[static_cast<std::size_t>(queued)] == "READY=1");
    CHECK(messages.back() == "STATUS=status 999");
    // While the sender waited, the statuses and pings posted were merged instead of queued.
    CHECK(count_of(messages, "STATUS=") <= 2);
    CHECK(count_of(messages, "WATCHDOG=1") >= 1);
    CHECK(count_of(messages, "WATCHDOG=1") <= 2);
}

TEST_CASE("notifier: destroyed while nobody reads its socket, it lets go instead of waiting for ever") {
    NotifySocket manager;
    REQUIRE(manager.fill() > 0);
    std::atomic<bool> returned{false};
    std::thread owner([&] {
        {
            kiosk::SystemdNotifier notifier;
            notifier.ready();
            notifier.stopping();
        }
        returned = true;
    });
    const bool in_time = set_soon(returned);
    // Reading lets the abandoned send finish, so nothing is left sending into a later test.
    const auto messages = read_until(manager, "STOPPING=1");
    owner.join();
    CHECK(in_time);
    REQUIRE(!messages.empty());
    CHECK(messages.back() == "STOPPING=1");
    CHECK(count_of(messages, "READY=1") == 1);
}
