// `kiosk run` and systemd's side of it: a reload (SIGHUP) that re-reads the config file, and a
// notification socket that nobody reads.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "tests/run/run_support.h"
#include "tests/service/notify_socket.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using kiosk::test::KioskRun;
using kiosk::test::NotifySocket;

namespace {

constexpr std::uint32_t kBlue = 0x102040;
constexpr std::uint32_t kGreen = 0x104020;

std::string shots_dir(const std::string& dir) {
    std::filesystem::create_directories(dir + "/shots");
    return dir + "/shots";
}

// Reads the manager's messages until one starts with `prefix`; false when none came in time.
bool heard(NotifySocket& manager, const std::string& prefix) {
    while (auto message = manager.receive()) {
        if (message->starts_with(prefix)) return true;
    }
    return false;
}

// Waits up to `timeout` for the file to contain `text`.
// Turned clockwise, the status strip's rule under the slide's top edge is a vertical line near
// the right-hand side; unturned it is horizontal, and no column there is mostly rule.
bool turned_clockwise(const kiosk::test::Picture& p, std::uint32_t background) {
    for (int x = 560; x < p.width; ++x) {
        int ink = 0;
        for (int y = 60; y < 420; ++y) ink += kiosk::test::close_colour(p.at(x, y), background, 2) ? 0 : 1;
        if (ink > 300) return true;
    }
    return false;
}

bool ends_within(KioskRun& run, std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (run.running()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(50ms);
    }
    return true;
}

}  // namespace

TEST_CASE("run: SIGHUP re-reads the config file and applies it without a restart, and a broken file changes nothing") {
    const std::string dir = kiosk::test::make_temp_dir("run-reload");
    const std::string shots = shots_dir(dir);
    kiosk::test::write_file(dir + "/blue.yaml", kiosk::test::run_content_yaml("Blue", "#102040"));
    kiosk::test::write_file(dir + "/green.yaml", kiosk::test::run_content_yaml("Green", "#104020"));
    const std::string config = dir + "/kiosk.yaml";
    const std::string common = "cache_dir: cache\nstatus_file: status.json\n";
    kiosk::test::write_file(config, common + "content_url: blue.yaml\nscreen_name: hall-1\n");
    NotifySocket manager;
    KioskRun run(dir, {"--config", config, "--screenshot-dir", shots, "--window", "800x480", "--at", "2023-10-09 09:10",
                       "--speed", "10"});
    CHECK(heard(manager, "READY=1"));
    CHECK(kiosk::test::wait_for_screenshot(shots, "programme", kBlue, 4s));
    CHECK(kiosk::test::wait_for_file_text(dir + "/status.json", "\"screen_name\": \"hall-1\"", 4s));

    kiosk::test::write_file(config, common + "content_url: green.yaml\nscreen_name: hall-2\nrotation: 90\n");
    run.signal(SIGHUP);
    CHECK(heard(manager, "RELOADING=1\nMONOTONIC_USEC="));
    CHECK(heard(manager, "READY=1"));
    const auto green = kiosk::test::wait_for_screenshot(shots, "programme", kGreen, 5s);
    CHECK(kiosk::test::wait_for_file_text(dir + "/status.json", "\"screen_name\": \"hall-2\"", 4s));
    REQUIRE(green);  // screenshots are renamed into place whole
    const auto turned = kiosk::test::read_png(*green);
    REQUIRE(turned);
    CHECK(turned_clockwise(*turned, kGreen));

    // rotation: 45 is line 5, column 11 of this file.
    kiosk::test::write_file(config, common + "content_url: blue.yaml\nscreen_name: hall-3\nrotation: 45\n");
    const std::size_t shots_before = kiosk::test::screenshots(shots).size();
    run.signal(SIGHUP);
    CHECK(heard(manager, "RELOADING=1"));
    CHECK(heard(manager, "READY=1"));
    // Several slides at ten times the speed, each one saved as it is shown.
    CHECK(kiosk::test::wait_for_screenshots(shots, shots_before + 3, 8s));
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    const std::string output = run.output();
    CAPTURE(output);
    CHECK(output.find("reload: read " + config + "; changed: content_url, screen_name, rotation") != std::string::npos);
    CHECK(output.find(config + ":5:11: error: rotation must be") != std::string::npos);
    CHECK(output.find("keeping the running settings") != std::string::npos);
    CHECK(kiosk::test::read_file(dir + "/status.json").find("\"screen_name\": \"hall-2\"") != std::string::npos);
    const auto all = kiosk::test::screenshots(shots);
    REQUIRE(all.size() > shots_before);
    for (std::size_t i = shots_before; i < all.size(); ++i) {
        const auto picture = kiosk::test::read_png(all[i]);
        REQUIRE(picture);
        CAPTURE(all[i]);
        CHECK(kiosk::test::close_colour(picture->at(2, 2), kGreen));
    }
}

TEST_CASE("run: a notification socket that systemd does not read never holds up the frame loop") {
    const std::string dir = kiosk::test::make_temp_dir("run-notify-full");
    const std::string shots = shots_dir(dir);
    kiosk::test::write_file(dir + "/event.yaml", kiosk::test::run_content_yaml("Full", "#102040"));
    NotifySocket manager;
    REQUIRE(manager.fill() > 0);
    ::setenv("WATCHDOG_USEC", "200000", 1);
    KioskRun run(dir, {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--screenshot-dir", shots,
                       "--window", "800x480", "--at", "2023-10-09 09:10", "--speed", "10", "--exit-after", "3"});
    // A loop that waited on the socket would never reach --exit-after.
    const bool ended = ends_within(run, 10s);
    if (!ended) run.signal(SIGKILL);
    const int status = run.wait();
    const std::string output = run.output();
    CAPTURE(output);
    CHECK(ended);
    CHECK(status == 0);
    // Slides change every 0.3 s at ten times the speed: the loop went on showing them.
    CHECK(kiosk::test::screenshots(shots).size() >= 6);
    CHECK(output.find("systemd has not read its notification socket") != std::string::npos);
}
