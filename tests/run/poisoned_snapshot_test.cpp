// Boot counting with the real `kiosk run`: a snapshot that the kiosk dies with before it is
// confirmed is set aside after two starts, the last good one comes back, and a change is taken.
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/run/run_support.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using kiosk::test::KioskRun;

namespace {

constexpr std::uint32_t kBlue = 0x102040;
constexpr std::uint32_t kGreen = 0x104020;
constexpr std::uint32_t kRed = 0x402010;

struct Screen {
    std::string dir;    // this run's output and screenshots
    std::string shots;
};

// One start of the kiosk on the shared config; each run has its own output and screenshot folder.
Screen next_run(const std::string& base, int n) {
    const std::string dir = base + "/run" + std::to_string(n);
    std::filesystem::create_directories(dir + "/shots");
    return {dir, dir + "/shots"};
}

std::unique_ptr<KioskRun> start(const std::string& base, const Screen& s, std::vector<std::string> env = {}) {
    return std::make_unique<KioskRun>(s.dir, std::vector<std::string>{"--config", base + "/kiosk.yaml", "--screenshot-dir",
                                                                      s.shots, "--window", "320x200", "--at",
                                                                      "2023-10-09 09:10", "--speed", "10"},
                                      env);
}

}  // namespace

TEST_CASE("run: a snapshot the kiosk dies with twice before it is confirmed is set aside, the good one comes back, "
          "and new content is taken; a clean stop does not count") {
    const std::string base = kiosk::test::make_temp_dir("run-poison");
    const std::string root = kiosk::test::make_temp_dir("run-poison-www");
    const std::string cache = base + "/cache";
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Good", "#102040"), 100);
    const kiosk::test::NginxServer nginx(root);
    std::ofstream(base + "/kiosk.yaml") << "content_url: \"" << nginx.url("/event.yaml") << "\"\ncache_dir: \"" << cache
                                        << "\"\nstatus_file: \"" << base << "/status.json\"\n";

    // A is shown and confirmed good (the confirmation shortened to 1.5 s for this run only).
    const Screen first = next_run(base, 1);
    auto run = start(base, first, {"KIOSK_TEST_CONFIRM_AFTER_MS=1500"});
    REQUIRE(kiosk::test::wait_for_screenshot(first.shots, "", kBlue, 5s));
    REQUIRE(kiosk::test::wait_for_file_text(cache + "/trial", "good ", 10s));
    run->signal(SIGTERM);
    CHECK(run->wait() == 0);

    // B arrives while the kiosk runs and is on screen; the kiosk dies before its minute is up.
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Poison", "#104020"), 50);
    const auto poisoned_at = std::chrono::steady_clock::now();
    const Screen second = next_run(base, 2);
    run = start(base, second);
    CHECK(kiosk::test::wait_for_screenshot(second.shots, "", kGreen, 8s));
    CHECK(kiosk::test::wait_for_file_text(cache + "/trial", " 1\n", 1s));
    run->signal(SIGKILL);
    run->wait();

    // A clean stop (SIGTERM, handled by a running frame loop) does not count against it.
    const Screen stopped = next_run(base, 20);
    run = start(base, stopped);
    CHECK(kiosk::test::wait_for_screenshot(stopped.shots, "", kGreen, 5s));
    CHECK(kiosk::test::wait_for_file_text(cache + "/trial", " 2\n", 1s));
    run->signal(SIGTERM);
    CHECK(run->wait() == 0);
    CHECK(kiosk::test::read_text(cache + "/trial").find(" 1\n") != std::string::npos);

    // Restarted from the cache: B again, its second start; killed again.
    const Screen third = next_run(base, 3);
    run = start(base, third);
    CHECK(kiosk::test::wait_for_screenshot(third.shots, "", kGreen, 5s));
    CHECK(kiosk::test::wait_for_file_text(cache + "/trial", " 2\n", 1s));
    run->signal(SIGKILL);
    run->wait();

    // The third start sets B aside and shows A, and polling the unchanged source does not bring B back.
    const Screen fourth = next_run(base, 4);
    run = start(base, fourth);
    const auto good = kiosk::test::wait_for_screenshot(fourth.shots, "", kBlue, 5s);
    const auto recovered = std::chrono::steady_clock::now() - poisoned_at;
    CHECK(good);
    CHECK(kiosk::test::wait_for_file_text(base + "/status.json", "\"content_rejected\": true", 8s));
    const std::string json = kiosk::test::read_text(base + "/status.json");
    CAPTURE(json);
    CHECK(json.find("\"set_aside\": {") != std::string::npos);
    CHECK(json.find("\"starts\": 2") != std::string::npos);
    CHECK(json.find("\"fallback\": \"2") != std::string::npos);
    CHECK(run->output().find("set aside: the kiosk stopped 2 times") != std::string::npos);
    MESSAGE("from B's publication to A back on screen, through two killed starts and a clean stop: "
            << std::chrono::duration_cast<std::chrono::milliseconds>(recovered).count() << " ms");

    // C is a change of the source: it is taken.
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Fixed", "#402010"), 10);
    run->signal(SIGHUP);
    CHECK(kiosk::test::wait_for_screenshot(fourth.shots, "", kRed, 8s));
    const auto shots = kiosk::test::screenshots(fourth.shots);
    bool green_seen = false;
    for (const auto& path : shots) {
        const auto picture = kiosk::test::read_png(path);
        if (picture && kiosk::test::close_colour(picture->at(2, 2), kGreen)) green_seen = true;
    }
    CHECK_FALSE(green_seen);
    run->signal(SIGTERM);
    CHECK(run->wait() == 0);
    CAPTURE(run->output());
}

TEST_CASE("run: posts the kiosk dies with twice before they are confirmed are set aside, the last good posts come "
          "back, and the programme's own snapshot is not touched") {
    const std::string base = kiosk::test::make_temp_dir("run-poison-posts");
    const std::string root = kiosk::test::make_temp_dir("run-poison-posts-www");
    const std::string cache = base + "/cache";
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::run_content_yaml("Programme", "#102040"), 100);
    kiosk::test::write_text(root + "/posts.yaml", kiosk::test::posts_yaml({"A good post"}), 100);
    const kiosk::test::NginxServer nginx(root);
    std::ofstream(base + "/kiosk.yaml") << "content_url: \"" << nginx.url("/event.yaml") << "\"\nposts_url: \""
                                        << nginx.url("/posts.yaml") << "\"\ncache_dir: \"" << cache
                                        << "\"\nstatus_file: \"" << base << "/status.json\"\n";

    // The posts (and the programme) are shown and confirmed good, the confirmation shortened.
    const Screen first = next_run(base, 1);
    auto run = start(base, first, {"KIOSK_TEST_CONFIRM_AFTER_MS=1500"});
    REQUIRE(kiosk::test::wait_for_file_text(cache + "/trial-posts", "good ", 10s));
    REQUIRE(kiosk::test::wait_for_file_text(cache + "/trial", "good ", 10s));
    run->signal(SIGTERM);
    CHECK(run->wait() == 0);
    const std::string programme_book = kiosk::test::read_text(cache + "/trial");

    // New posts arrive; the kiosk dies with them on trial, twice.
    kiosk::test::write_text(root + "/posts.yaml", kiosk::test::posts_yaml({"A post that stops the screen"}), 50);
    for (int n = 2; n <= 3; ++n) {
        const Screen s = next_run(base, n);
        run = start(base, s);
        CHECK(kiosk::test::wait_for_file_text(cache + "/trial-posts", " " + std::to_string(n - 1) + "\n", 8s));
        run->signal(SIGKILL);
        run->wait();
    }

    // The third start sets them aside and shows the last good posts; the programme's book is as it was.
    const Screen fourth = next_run(base, 4);
    run = start(base, fourth);
    CHECK(kiosk::test::wait_for_file_text(base + "/status.json", "\"kind\": \"posts\"", 8s));
    run->signal(SIGTERM);
    CHECK(run->wait() == 0);
    const std::string output = run->output();
    CAPTURE(output);
    const std::string json = kiosk::test::read_text(base + "/status.json");
    CAPTURE(json);
    CHECK(json.find("\"starts\": 2") != std::string::npos);
    CHECK(output.find("posts snapshot") != std::string::npos);
    CHECK(output.find("set aside: the kiosk stopped 2 times") != std::string::npos);
    CHECK(kiosk::test::read_text(cache + "/trial") == programme_book);
    CHECK(kiosk::test::read_text(cache + "/trial-posts").find("trial ") == std::string::npos);
}
