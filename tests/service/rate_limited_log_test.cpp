// Tests of logging: the journald line format, log levels from config and environment, rate limiting.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "kiosk/base/log.h"

namespace {

using kiosk::log::Level;
using kiosk::log::RateLimitedLog;
using std::chrono::seconds;

struct Captured {
    std::vector<std::string> lines;
    RateLimitedLog::Sink sink() {
        return [this](Level, std::string_view m) { lines.emplace_back(m); };
    }
};

const RateLimitedLog::Clock::time_point t0{};

}  // namespace

TEST_CASE("log: under journald each line starts with its syslog priority") {
    CHECK(kiosk::log::format_line(Level::Error, "disk full", true) == "<3>kiosk: error: disk full\n");
    CHECK(kiosk::log::format_line(Level::Warning, "slow", true) == "<4>kiosk: warning: slow\n");
    CHECK(kiosk::log::format_line(Level::Info, "ready", true) == "<6>kiosk: ready\n");
    CHECK(kiosk::log::format_line(Level::Info, "ready", false) == "kiosk: ready\n");
}

TEST_CASE("log: level names are read case-blind and unknown names are refused") {
    CHECK(kiosk::log::parse_level("DEBUG") == Level::Debug);
    CHECK(kiosk::log::parse_level("warn") == Level::Warning);
    CHECK_FALSE(kiosk::log::parse_level("verbose").has_value());
}

TEST_CASE("log: KIOSK_LOG_LEVEL wins over the config file's level") {
    ::setenv("KIOSK_LOG_LEVEL", "debug", 1);
    kiosk::log::apply_level(Level::Error);
    CHECK(kiosk::log::min_level() == Level::Debug);
    ::unsetenv("KIOSK_LOG_LEVEL");
    kiosk::log::apply_level(Level::Error);
    CHECK(kiosk::log::min_level() == Level::Error);
    kiosk::log::apply_level(std::nullopt);
    CHECK(kiosk::log::min_level() == Level::Info);
}

TEST_CASE("rate limit: a failure repeated within the window is written once, then with its count") {
    Captured out;
    RateLimitedLog limited(seconds(60), out.sink());
    CHECK(limited.write(Level::Warning, "fetch", "fetch failed: timeout", t0));
    for (int i = 1; i <= 120; ++i) {
        CHECK_FALSE(limited.write(Level::Warning, "fetch", "fetch failed: timeout", t0 + seconds(i) / 4));
    }
    REQUIRE(out.lines.size() == 1);
    CHECK(limited.write(Level::Warning, "fetch", "fetch failed: refused", t0 + seconds(61)));
    REQUIRE(out.lines.size() == 2);
    CHECK(out.lines[1] == "fetch failed: refused (\xE2\x80\xA6 repeated 120 times)");
}

TEST_CASE("rate limit: different keys are limited apart") {
    Captured out;
    RateLimitedLog limited(seconds(60), out.sink());
    limited.write(Level::Warning, "content", "content failed", t0);
    limited.write(Level::Warning, "posts", "posts failed", t0 + seconds(1));
    limited.write(Level::Warning, "content", "content failed", t0 + seconds(2));
    CHECK(out.lines == std::vector<std::string>{"content failed", "posts failed"});
}

TEST_CASE("rate limit: recovery reports the untold repeats and the next failure is written at once") {
    Captured out;
    RateLimitedLog limited(seconds(60), out.sink());
    limited.write(Level::Warning, "fetch", "fetch failed", t0);
    limited.write(Level::Warning, "fetch", "fetch failed", t0 + seconds(5));
    limited.write(Level::Warning, "fetch", "fetch failed", t0 + seconds(10));
    limited.resolve("fetch");
    CHECK(limited.write(Level::Warning, "fetch", "fetch failed again", t0 + seconds(11)));
    CHECK(out.lines == std::vector<std::string>{"fetch failed", "fetch failed (\xE2\x80\xA6 repeated 2 times)",
                                                "fetch failed again"});
}

TEST_CASE("rate limit: flush reports repeats once their window is over, and only then") {
    Captured out;
    RateLimitedLog limited(seconds(60), out.sink());
    limited.write(Level::Error, "image", "bad image", t0);
    limited.write(Level::Error, "image", "bad image", t0 + seconds(1));
    limited.flush(t0 + seconds(30));
    CHECK(out.lines.size() == 1);
    limited.flush(t0 + seconds(60));
    REQUIRE(out.lines.size() == 2);
    CHECK(out.lines[1] == "bad image (\xE2\x80\xA6 repeated 1 time)");
    limited.flush(t0 + seconds(200));
    CHECK(out.lines.size() == 2);
}

TEST_CASE("rate limit: a key quiet for long is forgotten, so its next failure is written plainly") {
    Captured out;
    RateLimitedLog limited(seconds(10), out.sink());
    limited.write(Level::Warning, "k", "first", t0);
    limited.flush(t0 + seconds(1000));
    CHECK(limited.write(Level::Warning, "k", "second", t0 + seconds(1001)));
    CHECK(out.lines.back() == "second");
}
