// NotifySender from several threads at once, against a real datagram socket read as systemd would.
// Run under ThreadSanitizer (label `threads`), a race on the mailbox fails the suite.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/service/notify_mailbox.h"
#include "kiosk/service/notify_sender.h"
#include "tests/service/notify_socket.h"

namespace {

constexpr std::size_t kThreads = 4;
// Together they fill the mailbox's event limit exactly, so none may be dropped however slowly
// the socket is read.
constexpr int kEventsEach = static_cast<int>(kiosk::NotifyMailbox::kMaxEvents / kThreads);

// "EVENT=<thread>-<n>" and "STATUS=<thread>-<n>" as (thread, n).
std::pair<int, int> numbers(const std::string& message) {
    const auto eq = message.find('=');
    const auto dash = message.find('-', eq);
    return {std::stoi(message.substr(eq + 1, dash - eq - 1)), std::stoi(message.substr(dash + 1))};
}

}  // namespace

TEST_CASE("notify sender: events, statuses and pings posted from several threads arrive, each thread's in order") {
    kiosk::test::NotifySocket manager;
    std::vector<std::string> received;
    std::vector<int> refused(kThreads, 0);
    {
        kiosk::NotifySender sender;
        std::vector<std::thread> posters;
        for (std::size_t t = 0; t < kThreads; ++t) {
            posters.emplace_back([&, t] {
                for (int n = 0; n < kEventsEach; ++n) {
                    if (!sender.post_event("EVENT=" + std::to_string(t) + "-" + std::to_string(n))) ++refused[t];
                    sender.post_status("STATUS=" + std::to_string(t) + "-" + std::to_string(n));
                    sender.post_ping();
                    (void)sender.take_error();
                }
            });
        }
        // The last word, once every poster is done.
        std::thread closer([&] {
            for (auto& p : posters) p.join();
            sender.post_status("STATUS=9-0");
        });
        // Read as it is sent, as systemd would, until the last word (or two quiet seconds).
        while (const auto message = manager.receive()) {
            received.push_back(*message);
            if (*message == "STATUS=9-0") break;
        }
        closer.join();
    }
    for (std::size_t t = 0; t < kThreads; ++t) CHECK(refused[t] == 0);
    REQUIRE_FALSE(received.empty());
    CHECK(received.back() == "STATUS=9-0");
    std::map<int, int> next_event;
    std::map<int, int> last_status;
    int pings = 0;
    for (const auto& m : received) {
        if (m == "WATCHDOG=1") {
            ++pings;
        } else if (m.starts_with("EVENT=")) {
            const auto [t, n] = numbers(m);
            CHECK(n == next_event[t]++);
        } else if (m.starts_with("STATUS=") && m != "STATUS=9-0") {
            // A newer status replaces a waiting one, so some are skipped, but none goes back.
            const auto [t, n] = numbers(m);
            const auto before = last_status.find(t);
            if (before != last_status.end()) CHECK(n > before->second);
            last_status[t] = n;
        }
    }
    for (std::size_t t = 0; t < kThreads; ++t) CHECK(next_event[static_cast<int>(t)] == kEventsEach);
    CHECK(pings >= 1);
}
