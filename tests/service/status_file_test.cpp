// Tests of the status file edge: /proc readings, atomic writes, the write schedule, the reporter.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk/service/service_reporter.h"
#include "kiosk/service/status_file.h"
#include "tests/service/notify_socket.h"
#include "tests/support/test_paths.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using std::chrono::seconds;

const kiosk::HealthInstant t0{seconds(1'696'869'000)};  // 2023-10-09 16:30 UTC

std::string read_text(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("status file: kB fields are read from /proc text") {
    const std::string status = "Name:\tkiosk\nVmPeak:\t  99999 kB\nVmRSS:\t   41234 kB\nThreads:\t3\n";
    CHECK(kiosk::proc_kib_field(status, "VmRSS") == 41234);
    CHECK_FALSE(kiosk::proc_kib_field(status, "VmSwap").has_value());
    CHECK_FALSE(kiosk::proc_kib_field(status, "Vm").has_value());
}

TEST_CASE("status file: this process's memory is read from /proc") {
    const auto usage = kiosk::read_memory_usage();
    REQUIRE(usage.rss_kib.has_value());
    CHECK(*usage.rss_kib > 0);
}

TEST_CASE("status file: an atomic write replaces the file whole and leaves no temporary behind") {
    const fs::path dir = kiosk::test::make_temp_dir("status");
    const fs::path file = dir / "status.json";
    REQUIRE(kiosk::write_file_atomically(file.string(), "first\n").has_value());
    REQUIRE(kiosk::write_file_atomically(file.string(), "second\n").has_value());
    CHECK(read_text(file) == "second\n");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    const auto written = kiosk::write_file_atomically((dir / "missing" / "status.json").string(), "x");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.find("cannot create") != std::string::npos);
}

TEST_CASE("status file: written when the state changes or the refresh is due, not every frame") {
    const fs::path file = fs::path(kiosk::test::make_temp_dir("status")) / "status.json";
    kiosk::HealthTracker health("0.1.0", "Foyer", "https://example.org/event.yaml");
    const Clock::time_point start{};
    kiosk::StatusWriter writer(file.string(), start, seconds(10));
    CHECK(writer.update(health, t0, start));
    CHECK_FALSE(writer.update(health, t0, start + seconds(1)));
    health.showing("Programme");
    CHECK(writer.update(health, t0, start + seconds(2)));
    CHECK_FALSE(writer.update(health, t0, start + seconds(11)));
    CHECK(writer.update(health, t0, start + seconds(12)));
    const auto j = nlohmann::json::parse(read_text(file));
    CHECK(j["current_slide"] == "Programme");
    CHECK(j["uptime_seconds"] == 12);
}

TEST_CASE("status file: with no path nothing is written") {
    kiosk::HealthTracker health("0.1.0", "Foyer", "x");
    kiosk::StatusWriter writer("", Clock::time_point{});
    CHECK_FALSE(writer.enabled());
    CHECK_FALSE(writer.update(health, t0, Clock::time_point{}));
}

TEST_CASE("service reporter: a frame tick writes the status file in the runtime directory and tells systemd") {
    kiosk::test::NotifySocket manager;
    const std::string runtime = kiosk::test::make_temp_dir("run");
    ::setenv("RUNTIME_DIRECTORY", runtime.c_str(), 1);
    kiosk::Config config;
    config.content_url = "https://example.org/event.yaml";
    config.screen_name = "Foyer";
    const Clock::time_point start = Clock::now();
    kiosk::ServiceReporter reporter(config, "0.1.0", start);
    ::unsetenv("RUNTIME_DIRECTORY");
    REQUIRE(reporter.status_file() == runtime + "/status.json");

    reporter.health().showing("Programme");
    reporter.health().fetch_succeeded("v1", t0);
    reporter.first_frame_shown();
    reporter.tick(t0, start + seconds(1));
    CHECK(manager.receive() == "READY=1");
    CHECK(manager.receive() == "STATUS=Showing Programme; online; content v1");
    const auto j = nlohmann::json::parse(read_text(reporter.status_file()));
    CHECK(j["screen_name"] == "Foyer");
    CHECK(j["content_version"] == "v1");

    reporter.stopping(t0, start + seconds(2));
    CHECK(manager.receive() == "STOPPING=1");
    CHECK(manager.receive() == "STATUS=Stopping");
}
