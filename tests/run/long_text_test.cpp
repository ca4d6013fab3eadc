// `kiosk run` with the longest texts the content format allows: the frame loop keeps pinging the
// watchdog on time, so systemd never restarts a screen over text it was given.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <csignal>
#include <string>
#include <vector>

#include "kiosk/content/content_limits.h"
#include "tests/run/run_support.h"
#include "tests/service/notify_socket.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

namespace {

// Single words in several scripts: Latin wide and narrow letters, Arabic, CJK (which breaks
// between characters), and a mix that changes font and script at every character, emoji included.
const std::vector<std::vector<std::string>> kAlphabets = {
    {"W"}, {"\u0634"}, {"\u6F22"}, {"W", "\u0634", "\u6F22", "\U0001F600"}, {"m"},
};

// One word of `chars` characters (code points), the pattern picked by `i`.
std::string word(std::size_t i, std::size_t chars = kiosk::limits::kMaxFieldChars - 1) {
    const std::vector<std::string>& letters = kAlphabets[i % kAlphabets.size()];
    std::string out;
    for (std::size_t n = 0; n < chars; ++n) out += letters[n % letters.size()];
    return out;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// Every text at its longest, as one word, as many entries as the 4 MiB file allows, each of a
// session's speakers giving every session, and every slide kind shown for its shortest time.
std::string worst_text_content() {
    std::string y = "version: 1\nevent:\n";
    y += "  title: " + quoted(word(0)) + "\n  subtitle: " + quoted(word(1)) + "\n  venue: " + quoted(word(2)) +
         "\n  address: " + quoted(word(3)) + "\n  time_zone: Europe/London\n  dates: [2023-10-09]\n  organisers:\n";
    for (std::size_t i = 0; i < 10; ++i) y += "    - " + quoted(word(i)) + "\n";
    y += "speakers:\n";
    std::string everyone;
    for (std::size_t i = 0; i < 16; ++i) {
        y += "  - id: s" + std::to_string(i) + "\n    name: " + quoted(word(i)) + "\n    role: " + quoted(word(i + 1)) +
             "\n    affiliation: " + quoted(word(i + 2)) + "\n    bio: " + quoted(word(i + 3)) + "\n";
        everyone += (i == 0 ? "s" : ", s") + std::to_string(i);
    }
    y += "programme:\n";
    for (std::size_t i = 0; i < 16; ++i) {
        const std::string hour = std::to_string(9 + i % 8), next = std::to_string(10 + i % 8);
        y += "  - id: p" + std::to_string(i) + "\n    title: " + quoted(word(i)) + "\n    start: \"2023-10-09 " +
             (hour.size() == 1 ? "0" : "") + hour + ":00\"\n    end: \"2023-10-09 " + (next.size() == 1 ? "0" : "") +
             next + ":00\"\n    room: " + quoted(word(i + 1)) + "\n    track: " + quoted(word(i + 2)) +
             "\n    description: " + quoted(word(i + 3)) + "\n    speakers: [" + everyone + "]\n";
    }
    y += "posts:\n";
    for (std::size_t i = 0; i < 16; ++i) {
        y += "  - id: q" + std::to_string(i) + "\n    author: " + quoted(word(i)) + "\n    handle: " + quoted(word(i + 1)) +
             "\n    time: \"2023-10-09 09:05\"\n    text: " + quoted(word(i + 2, kiosk::limits::kMaxPostChars)) +
             "\n    image_alt: " + quoted(word(i + 3)) + "\n";
    }
    y += "announcements:\n";
    for (std::size_t i = 0; i < 10; ++i) {
        y += "  - id: a" + std::to_string(i) + "\n    title: " + quoted(word(i)) + "\n    body: " + quoted(word(i + 1)) + "\n";
    }
    y += "display:\n  announcement_every: 1\n  slides:\n";
    for (const char* kind : {"programme", "speakers", "posts", "announcements"}) {
        y += std::string("    - kind: ") + kind + "\n      duration: 3\n      max: 0\n";
    }
    return y;
}

}  // namespace

TEST_CASE("run: with every text a 10,000-character word, the watchdog is pinged at least every 2.5 s") {
    const std::string dir = kiosk::test::make_temp_dir("run-long-text");
    const std::string content = worst_text_content();
    REQUIRE(content.size() <= kiosk::limits::kMaxFileBytes);
    kiosk::test::write_file(dir + "/event.yaml", content);
    kiosk::test::NotifySocket manager;
    ::setenv("WATCHDOG_USEC", "4000000", 1);  // pings every 2 s, half of it
    const auto started = Steady::now();
    // Ten times as fast, a new slide every 0.3 s: each of them laid out and drawn by the loop.
    kiosk::test::KioskRun run(dir, {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--window", "1920x1080",
                                    "--at", "2023-10-09 09:10", "--speed", "10", "--exit-after", "20"});
    std::vector<Steady::time_point> pings;
    bool stopping = false;
    while (!stopping && Steady::now() - started < 60s) {
        const auto message = manager.receive();
        if (!message) continue;
        if (message->find("WATCHDOG=1") != std::string::npos) pings.push_back(Steady::now());
        stopping = message->find("STOPPING=1") != std::string::npos;
    }
    if (!stopping) run.signal(SIGKILL);
    const int status = run.wait();
    CAPTURE(run.output());
    CHECK(stopping);
    CHECK(status == 0);
    REQUIRE(pings.size() >= 2);
    std::chrono::milliseconds longest{0};
    for (std::size_t i = 1; i < pings.size(); ++i) {
        longest = std::max(longest, std::chrono::duration_cast<std::chrono::milliseconds>(pings[i] - pings[i - 1]));
    }
    const auto first = std::chrono::duration_cast<std::chrono::milliseconds>(pings.front() - started);
    MESSAGE("first ping after " << first.count() << " ms; " << pings.size() << " pings, the longest gap " << longest.count() << " ms");
    // Before the loop starts, the 4 MiB file is read and checked; systemd's start time-out covers
    // that, and its watchdog starts at READY=1. Laid out whole, the first slide alone took minutes.
    CHECK(first < 10s);
    CHECK(longest <= 2500ms);
}
