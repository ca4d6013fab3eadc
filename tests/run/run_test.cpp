// `kiosk run` as the real binary under SDL's dummy driver: slides, live content, offline start,
// the waiting slide, signals, systemd notifications, and a missing display.
#include <doctest/doctest.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/run/run_support.h"
#include "tests/service/notify_socket.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using kiosk::test::KioskRun;

namespace {

constexpr std::uint32_t kBlue = 0x102040;
constexpr std::uint32_t kGreen = 0x104020;

// The run options shared by the tests: a small window, a rehearsal clock ten times as fast, its
// own cache and screenshot folders under `dir`.
std::vector<std::string> run_args(const std::string& dir, const std::string& content) {
    return {"--content", content, "--cache", dir + "/cache", "--screenshot-dir", dir + "/shots", "--window", "800x480",
            "--at", "2023-10-09 09:10", "--speed", "10"};
}

std::string shots_dir(const std::string& dir) {
    std::filesystem::create_directories(dir + "/shots");
    return dir + "/shots";
}

}  // namespace

TEST_CASE("run: the sample shows at least three different slides in a few seconds, then exits 0") {
    const std::string dir = kiosk::test::make_temp_dir("run-sample");
    const std::string shots = shots_dir(dir);
    KioskRun run(dir, {"--content", kiosk::test::sample_content(), "--cache", dir + "/cache", "--screenshot-dir", shots,
                       "--window", "800x480", "--at", "2023-10-09 17:50", "--speed", "30", "--exit-after", "3"});
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    std::set<std::string> names;
    int fades = 0;
    for (const auto& path : kiosk::test::screenshots(shots)) {
        const auto picture = kiosk::test::read_png(path);
        REQUIRE(picture);
        CHECK(picture->width == 800);
        CHECK(picture->height == 480);
        const std::string name = std::filesystem::path(path).filename().string().substr(5);
        if (name == "fade.png") ++fades;
        else names.insert(name);
    }
    CHECK(names.size() >= 3);
    CHECK(fades >= 2);
    CHECK(run.output().find("first frame on screen") != std::string::npos);
}

TEST_CASE("run: mid-fade the outgoing slide stays opaque, so no frame is darker than both slides") {
    const std::string dir = kiosk::test::make_temp_dir("run-fade");
    const std::string shots = shots_dir(dir);
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Fade", "#102040"));
    KioskRun run(dir, run_args(dir, dir + "/event.yaml"));
    const auto fade = kiosk::test::wait_for_screenshot(shots, "fade", std::nullopt, 4s);
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    REQUIRE(fade);  // screenshots are renamed into place whole
    const auto picture = kiosk::test::read_png(*fade);
    REQUIRE(picture);
    // Both slides share the background, so a blend over an opaque slide leaves it exactly as it is.
    CHECK(kiosk::test::close_colour(picture->at(2, 2), kBlue));
    CHECK(kiosk::test::close_colour(picture->at(799, 479), kBlue));
}

TEST_CASE("run: content served by nginx, edited, shows on a later slide after SIGHUP") {
    const std::string dir = kiosk::test::make_temp_dir("run-live");
    const std::string shots = shots_dir(dir);
    const std::string root = kiosk::test::make_temp_dir("run-www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Before", "#102040"), 100);
    const kiosk::test::NginxServer nginx(root);
    KioskRun run(dir, run_args(dir, nginx.url("/event.yaml")));
    CHECK(kiosk::test::wait_for_screenshot(shots, "", kBlue, 4s));
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("After", "#104020"), 10);
    run.signal(SIGHUP);
    const auto after = kiosk::test::wait_for_screenshot(shots, "", kGreen, 5s);
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(after);
}

TEST_CASE("run: an edit shows within one poll interval, on the slide already up, without waiting for it to end") {
    const std::string dir = kiosk::test::make_temp_dir("run-poll");
    const std::string shots = shots_dir(dir);
    const std::string root = kiosk::test::make_temp_dir("run-www");
    // One programme slide of ten minutes: the next slide boundary is far away.
    const auto yaml = [](const std::string& title, const std::string& background) {
        std::string y = kiosk::test::run_content_yaml(title, background);
        return y.substr(0, y.find("display:")) + "display:\n  slides:\n    - kind: programme\n      duration: 600\n";
    };
    kiosk::test::write_text(root + "/event.yaml", yaml("Before", "#102040"), 100);
    const kiosk::test::NginxServer nginx(root);
    kiosk::test::write_text(dir + "/kiosk.yaml",
                            "content_url: " + nginx.url("/event.yaml") + "\ncache_dir: cache\npoll_interval: 5s\n");
    KioskRun run(dir, {"--config", dir + "/kiosk.yaml", "--screenshot-dir", shots, "--window", "800x480", "--at",
                       "2023-10-09 09:10"});
    REQUIRE(kiosk::test::wait_for_screenshot(shots, "programme", kBlue, 5s));
    const auto edited = std::chrono::steady_clock::now();
    kiosk::test::write_text(root + "/event.yaml", yaml("After", "#104020"), 10);
    const auto after = kiosk::test::wait_for_screenshot(shots, "programme", kGreen, 9s);
    const auto took = std::chrono::steady_clock::now() - edited;
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(after);
    CHECK(took < 7s);  // the 5 s interval, and the fetch and fade
    CHECK(run.output().find("new content: Programme updated on screen") != std::string::npos);
}

TEST_CASE("run: restarted with the server down, the cached content shows at once with the offline state") {
    const std::string dir = kiosk::test::make_temp_dir("run-offline");
    const std::string root = kiosk::test::make_temp_dir("run-www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Cached", "#102040"), 100);
    std::string url;
    {
        const kiosk::test::NginxServer nginx(root);
        url = nginx.url("/event.yaml");
        const std::string first = kiosk::test::make_temp_dir("run-first");
        std::filesystem::create_directories(first + "/shots");
        KioskRun run(first, {"--content", url, "--cache", dir + "/cache", "--window", "800x480", "--exit-after", "1.5"});
        CHECK(run.wait() == 0);
    }
    const std::string shots = shots_dir(dir);
    std::ofstream(dir + "/kiosk.yaml") << "content_url: \"" << url << "\"\ncache_dir: cache\nstatus_file: status.json\n";
    const auto started = std::chrono::steady_clock::now();
    KioskRun run(dir, {"--config", dir + "/kiosk.yaml", "--screenshot-dir", shots, "--window", "800x480",
                       "--at", "2023-10-09 09:10", "--speed", "10"});
    const auto shown = kiosk::test::wait_for_screenshot(shots, "programme", kBlue, 3s);
    const auto took = std::chrono::steady_clock::now() - started;
    // The status file follows the first failed poll.
    const bool offline = kiosk::test::wait_for_file_text(dir + "/status.json", "\"connection\": \"offline\"", 5s);
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(shown);
    CHECK(took < 4s);  // the process start and the first poll included, on a loaded test machine
    const std::string out = run.output();
    const auto at = out.find("first frame on screen ");
    REQUIRE(at != std::string::npos);
    CHECK(std::stoi(out.substr(at + 22)) < 1500);
    CAPTURE(kiosk::test::read_text(dir + "/status.json"));
    CHECK(offline);
}

TEST_CASE("run: with no cache and no server the waiting slide is shown") {
    const std::string dir = kiosk::test::make_temp_dir("run-waiting");
    const std::string shots = shots_dir(dir);
    const std::string url = "http://127.0.0.1:" + std::to_string(kiosk::test::free_port()) + "/event.yaml";
    KioskRun run(dir, {"--content", url, "--cache", dir + "/cache", "--screenshot-dir", shots, "--window", "800x480",
                       "--exit-after", "1.5"});
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    const auto all = kiosk::test::screenshots(shots);
    REQUIRE(!all.empty());
    CHECK(all.front().find("waiting") != std::string::npos);
}

TEST_CASE("run: with no cache, content the server gives at once is the first thing shown, with no waiting slide") {
    const std::string dir = kiosk::test::make_temp_dir("run-first");
    const std::string shots = shots_dir(dir);
    const std::string root = kiosk::test::make_temp_dir("run-www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("First", "#102040"), 100);
    const kiosk::test::NginxServer nginx(root);
    KioskRun run(dir, {"--content", nginx.url("/event.yaml"), "--cache", dir + "/cache", "--screenshot-dir", shots,
                       "--window", "800x480", "--at", "2023-10-09 09:10", "--exit-after", "2"});
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    const auto all = kiosk::test::screenshots(shots);
    REQUIRE(!all.empty());
    CHECK(all.front().find("programme") != std::string::npos);
    CHECK(run.output().find("Waiting") == std::string::npos);
}

TEST_CASE("run: with no cache and a server that does not answer, the waiting slide shows within two seconds") {
    const std::string dir = kiosk::test::make_temp_dir("run-hang");
    const std::string shots = shots_dir(dir);
    kiosk::test::FaultServer server;
    server.set_mode("hang");
    KioskRun run(dir, {"--content", server.url("/content.yaml"), "--cache", dir + "/cache", "--screenshot-dir", shots,
                       "--window", "800x480"});
    const auto waiting = kiosk::test::wait_for_screenshot(shots, "waiting", std::nullopt, 2500ms);
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(waiting);
}

TEST_CASE("run: SIGTERM ends the run cleanly, with status 0, within a second") {
    const std::string dir = kiosk::test::make_temp_dir("run-term");
    const std::string shots = shots_dir(dir);
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Term", "#102040"));
    KioskRun run(dir, run_args(dir, dir + "/event.yaml"));
    REQUIRE(kiosk::test::wait_for_screenshot(shots, "", std::nullopt, 4s));
    const auto sent = std::chrono::steady_clock::now();
    run.signal(SIGTERM);
    CHECK(run.wait() == 0);
    CHECK(std::chrono::steady_clock::now() - sent < 1s);
    CHECK(run.output().find("stopping on a signal") != std::string::npos);
}

TEST_CASE("run: the config turns the picture and blacks the screen outside on_hours") {
    const std::string dir = kiosk::test::make_temp_dir("run-config");
    const std::string shots = shots_dir(dir);
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Hours", "#102040"));
    std::ofstream(dir + "/kiosk.yaml") << "content_url: event.yaml\ncache_dir: cache\nrotation: 90\non_hours: \"00:00-09:11\"\n";
    KioskRun run(dir, {"--config", dir + "/kiosk.yaml", "--screenshot-dir", shots, "--window", "800x480",
                       "--at", "2023-10-09 09:10:30", "--speed", "30", "--exit-after", "2.5"});
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    const auto slide = kiosk::test::wait_for_screenshot(shots, "programme", kBlue, 0s);
    REQUIRE(slide);
    const auto turned = kiosk::test::read_png(*slide);
    REQUIRE(turned);
    CHECK(turned->width == 800);
    CHECK(turned->height == 480);
    // Turned clockwise, the status strip's rule under the slide's top edge is a vertical line near
    // the right-hand side; unturned it would be horizontal, and no column would be mostly rule.
    bool vertical_rule = false;
    for (int x = 560; x < 800 && !vertical_rule; ++x) {
        int ink = 0;
        for (int y = 60; y < 420; ++y) ink += kiosk::test::close_colour(turned->at(x, y), kBlue, 2) ? 0 : 1;
        vertical_rule = ink > 300;
    }
    CHECK(vertical_rule);
    const auto off = kiosk::test::wait_for_screenshot(shots, "off-hours", 0x000000, 0s, 400, 240);
    CHECK(off);
}

TEST_CASE("run: without a usable display it says so in one line and exits non-zero") {
    const std::string dir = kiosk::test::make_temp_dir("run-nodisplay");
    KioskRun run(dir, {"--window", "800x480"}, {"SDL_VIDEODRIVER=nonexistent"});
    const int status = run.wait();
    const std::string output = run.output();
    CAPTURE(output);
    CHECK(status != 0);
    CHECK(std::count(output.begin(), output.end(), '\n') == 1);
    CHECK(output.find("no usable display") != std::string::npos);
    CHECK(output.find("kiosk render") != std::string::npos);
}

TEST_CASE("run: with no display and no SDL_VIDEODRIVER it fails at once, instead of showing slides to nobody") {
    if (std::filesystem::exists("/dev/dri")) {
        MESSAGE("skipped: this machine has a DRM device, which SDL may open as a real display");
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    // env(1) clears what would name a display or a driver; --exit-after ends a run that found none.
    const kiosk::test::KioskExit r = kiosk::test::run_kiosk(
        {"run", "--window", "800x480", "--cache", kiosk::test::make_temp_dir("run-headless") + "/cache", "--exit-after",
         "8"},
        {"-u", "SDL_VIDEODRIVER", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "NOTIFY_SOCKET"});
    const auto took = std::chrono::steady_clock::now() - started;
    CAPTURE(r.output);
    CHECK(r.status == 1);
    CHECK(took < 6s);
    CHECK(r.output.find("kiosk run: no usable display") != std::string::npos);
    CHECK(r.output.find("SDL_VIDEODRIVER") != std::string::npos);
    CHECK(r.output.find("kiosk render") != std::string::npos);
    CHECK(r.output.find("first frame on screen") == std::string::npos);
}

TEST_CASE("run: --at with an empty cache is read in the event's zone once the content arrives, not the machine's") {
    const std::string dir = kiosk::test::make_temp_dir("run-at-zone");
    const std::string shots = shots_dir(dir);
    const std::string root = kiosk::test::make_temp_dir("run-www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Zone", "#102040"), 100);
    const kiosk::test::NginxServer nginx(root);
    // On hours 09:00-10:00 in London. Read in the machine's zone (UTC), 09:10 would be 10:10 in
    // London, and the screen would be off; read in the event's zone it is on.
    std::ofstream(dir + "/kiosk.yaml") << "content_url: \"" << nginx.url("/event.yaml")
                                       << "\"\ncache_dir: cache\non_hours: \"09:00-10:00\"\n";
    KioskRun run(dir,
                 {"--config", dir + "/kiosk.yaml", "--screenshot-dir", shots, "--window", "800x480", "--at",
                  "2023-10-09 09:10", "--exit-after", "3"},
                 {"TZ=UTC"});
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    CHECK(kiosk::test::wait_for_screenshot(shots, "programme", kBlue, 0s));
    CHECK(!kiosk::test::wait_for_screenshot(shots, "off-hours", std::nullopt, 0s));
    CHECK(run.output().find("clock: the start time is read in the event's zone, Europe/London") != std::string::npos);
}

TEST_CASE("run: systemd hears READY=1 after the first frame, WATCHDOG=1 from the loop, STOPPING=1 at the end") {
    const std::string dir = kiosk::test::make_temp_dir("run-notify");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Notify", "#102040"));
    kiosk::test::NotifySocket socket;
    ::setenv("WATCHDOG_USEC", "400000", 1);
    KioskRun run(dir, {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--window", "800x480",
                       "--exit-after", "2"});
    std::vector<std::string> messages;
    while (auto message = socket.receive()) {
        messages.push_back(*message);
        if (message->find("STOPPING=1") != std::string::npos) break;
    }
    CHECK(run.wait() == 0);
    CAPTURE(run.output());
    const auto has = [&](const std::string& what) {
        return std::count_if(messages.begin(), messages.end(), [&](const std::string& m) { return m.find(what) != std::string::npos; });
    };
    CHECK(has("READY=1") == 1);
    CHECK(has("WATCHDOG=1") >= 5);
    CHECK(has("STATUS=") >= 1);
    CHECK(has("STOPPING=1") == 1);
}

TEST_CASE("run: a stalled frame loop stops the watchdog pings, so systemd would restart it") {
    const std::string dir = kiosk::test::make_temp_dir("run-stall");
    kiosk::test::write_text(dir + "/event.yaml", kiosk::test::run_content_yaml("Stall", "#102040"));
    kiosk::test::NotifySocket socket;
    ::setenv("WATCHDOG_USEC", "200000", 1);
    KioskRun run(dir, {"--content", dir + "/event.yaml", "--cache", dir + "/cache", "--window", "800x480"},
                 {"KIOSK_TEST_STALL_AFTER_MS=1000"});
    int pings = 0;
    bool ready = false;
    // The socket waits two seconds for each message: the loop ends once the pings have stopped.
    while (auto message = socket.receive()) {
        ready = ready || message->find("READY=1") != std::string::npos;
        if (message->find("WATCHDOG=1") != std::string::npos) ++pings;
        REQUIRE(pings < 100);  // a loop that never stalls would keep this going for ever
    }
    CHECK(run.running());
    run.signal(SIGKILL);
    run.wait();
    CAPTURE(run.output());
    CHECK(ready);
    CHECK(pings >= 3);
    CHECK(run.output().find("stall") != std::string::npos);
}
