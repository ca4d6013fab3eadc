// `kiosk run` with the longest texts the content format allows: the frame loop keeps pinging the
// watchdog on time, so systemd never restarts a screen over text it was given.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <string>
#include <vector>

#include "kiosk/content/content_limits.h"
#include "tests/support/longest_texts.h"
#include "tests/run/run_support.h"
#include "tests/service/notify_socket.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

namespace {

// The frame loop's own figures, logged as it stops: "frame loop: N steps; median A ms, p99 B ms,
// longest C ms". Empty when the line is missing.
std::vector<long> step_figures(const std::string& output) {
    // The slow-step warnings start the same way; the summary is the line that reads whole.
    for (auto at = output.find("frame loop: "); at != std::string::npos; at = output.find("frame loop: ", at + 1)) {
        long steps = 0, median = 0, p99 = 0, longest = 0;
        if (std::sscanf(output.c_str() + at, "frame loop: %ld steps; median %ld ms, p99 %ld ms, longest %ld ms", &steps,
                        &median, &p99, &longest) == 4) {
            return {steps, median, p99, longest};
        }
    }
    return {};
}

}  // namespace

TEST_CASE("run: with every text a 10,000-character word, the watchdog is pinged at least every 2.5 s") {
    const std::string dir = kiosk::test::make_temp_dir("run-long-text");
    const std::string content = kiosk::test::longest_texts_yaml();
    REQUIRE(content.size() <= kiosk::limits::kMaxFileBytes);
    kiosk::test::write_file(dir + "/event.yaml", content);
    kiosk::test::NotifySocket manager;
    ::setenv("WATCHDOG_USEC", "4000000", 1);  // pings every 2 s, half of it
    const auto started = Steady::now();
    // Ten times as fast, a new slide every 0.3 s: each of them laid out and drawn by the loop.
    kiosk::test::KioskRun run(dir, {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--window", "1920x1080",
                                    "--at", "2023-10-09 09:10", "--speed", "10", "--exit-after", "20"},
                              {"KIOSK_LOG_LEVEL=debug"});
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

    // Laying out and rasterising the next slide happens on a worker, ahead of time: the loop's
    // steps only make textures and fade. Its budget is 100 ms; on a shared, loaded machine only a
    // generous bound is checked, and the figures are printed.
    const std::vector<long> steps = step_figures(run.output());
    REQUIRE(steps.size() == 4);
    MESSAGE("frame loop: " << steps[0] << " steps; median " << steps[1] << " ms, p99 " << steps[2] << " ms, longest "
                           << steps[3] << " ms");
    CHECK(steps[0] > 100);
    CHECK(steps[2] < 1000);
    // And the show goes on: slides keep coming (about one every 0.3 s at this speed).
    const std::string output = run.output();
    std::size_t fades = 0;
    for (auto at = output.find("debug: fade: "); at != std::string::npos; at = output.find("debug: fade: ", at + 1)) ++fades;
    MESSAGE(fades << " fades in 20 s");
    CHECK(fades >= 10);
}
