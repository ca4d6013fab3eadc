// Tests of the health state and its JSON: after a fetch, after failures, after recovery and a restart.
#include <doctest/doctest.h>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "kiosk/service/health.h"

namespace {

using namespace date::literals;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

const kiosk::HealthInstant t0 = date::sys_days(2023_y / 10 / 9) + hours(16) + minutes(30);

kiosk::HealthTracker tracker() { return kiosk::HealthTracker("0.1.0", "Hall 2 door", "https://example.org/event.yaml"); }

nlohmann::json json_of(const kiosk::HealthTracker& t, kiosk::HealthInstant now, seconds uptime = seconds(0)) {
    return nlohmann::json::parse(kiosk::health_json(t.snapshot(now, uptime, {2048, 1500})));
}

}  // namespace

TEST_CASE("health: before any fetch the file says connecting, with no times") {
    const auto j = json_of(tracker(), t0);
    CHECK(j["version"] == "0.1.0");
    CHECK(j["screen_name"] == "Hall 2 door");
    CHECK(j["content_url"] == "https://example.org/event.yaml");
    CHECK(j["connection"] == "unknown");
    CHECK(j["last_fetch_ok"].is_null());
    CHECK(j["offline_since"].is_null());
    CHECK(j["memory_rss_kib"] == 2048);
    CHECK(j["memory_pss_kib"] == 1500);
    CHECK(j["written_at"] == "2023-10-09T16:30:00Z");
}

TEST_CASE("health: after a successful fetch the file has the version and the fetch time") {
    auto t = tracker();
    t.fetch_succeeded("\"etag-1\"", t0);
    t.showing("Programme: What is on now");
    const auto j = json_of(t, t0 + seconds(5), seconds(65));
    CHECK(j["connection"] == "online");
    CHECK(j["content_version"] == "\"etag-1\"");
    CHECK(j["last_fetch_ok"] == "2023-10-09T16:30:00Z");
    CHECK(j["current_slide"] == "Programme: What is on now");
    CHECK(j["uptime_seconds"] == 65);
    CHECK(j["last_error"] == "");
}

TEST_CASE("health: failures keep the first failure as offline-since and the latest error") {
    auto t = tracker();
    t.fetch_succeeded("v1", t0);
    t.fetch_failed("Could not resolve host: example.org", t0 + minutes(1));
    t.fetch_failed("Connection timed out after 10001 ms", t0 + minutes(2));
    const auto j = json_of(t, t0 + minutes(3));
    CHECK(j["connection"] == "offline");
    CHECK(j["offline_since"] == "2023-10-09T16:31:00Z");
    CHECK(j["last_error"] == "Connection timed out after 10001 ms");
    CHECK(j["last_error_at"] == "2023-10-09T16:32:00Z");
    CHECK(j["last_fetch_ok"] == "2023-10-09T16:30:00Z");
    CHECK(j["content_version"] == "v1");
}

TEST_CASE("health: recovery ends the outage but keeps the last error for diagnosis") {
    auto t = tracker();
    t.fetch_failed("timeout", t0);
    t.fetch_succeeded("v2", t0 + minutes(5));
    const auto j = json_of(t, t0 + minutes(6));
    CHECK(j["connection"] == "online");
    CHECK(j["offline_since"].is_null());
    CHECK(j["last_error"] == "timeout");
    CHECK(j["last_fetch_ok"] == "2023-10-09T16:35:00Z");
}

TEST_CASE("health: across a restart the cached version and fetch time carry over, uptime starts again") {
    auto before = tracker();
    before.fetch_succeeded("v7", t0);
    before.fetch_failed("timeout", t0 + hours(1));
    const auto old = json_of(before, t0 + hours(2), seconds(7200));

    // The new process knows only what the cache kept: the snapshot's version and fetch time.
    auto after = tracker();
    after.restore("v7", t0);
    const auto j = json_of(after, t0 + hours(2) + seconds(3), seconds(3));
    CHECK(j["content_version"] == old["content_version"]);
    CHECK(j["last_fetch_ok"] == old["last_fetch_ok"]);
    CHECK(j["uptime_seconds"] == 3);
    CHECK(j["connection"] == "unknown");
    CHECK(j["last_error"] == "");
}

TEST_CASE("health: the fetcher's report is taken whole, stamping new errors once") {
    auto t = tracker();
    kiosk::FetchReport r;
    r.attempted = true;
    r.online = false;
    r.offline_since = t0;
    r.last_success = t0 - hours(1);
    r.last_error = "HTTP 503";
    r.content_version = "sha256:0123456789ab";
    r.missing_media = 2;
    t.update_fetch(r, t0 + seconds(1));
    const auto generation = t.generation();
    t.update_fetch(r, t0 + seconds(31));
    CHECK(t.generation() == generation);
    const auto j = json_of(t, t0 + minutes(1));
    CHECK(j["connection"] == "offline");
    CHECK(j["offline_since"] == "2023-10-09T16:30:00Z");
    CHECK(j["last_error_at"] == "2023-10-09T16:30:01Z");
    CHECK(j["missing_media"] == 2);
    CHECK(j["last_fetch_ok"] == "2023-10-09T15:30:00Z");
}

TEST_CASE("health: quotes, newlines and broken UTF-8 in texts still give valid JSON") {
    auto t = kiosk::HealthTracker("0.1.0", "Caf\xC3\xA9 \"front\"", "x");
    t.fetch_failed("line one\nline two \xFF\xFE end", t0);
    const std::string text = kiosk::health_json(t.snapshot(t0, seconds(0), {}));
    const auto j = nlohmann::json::parse(text);
    CHECK(j["screen_name"] == "Caf\xC3\xA9 \"front\"");
    CHECK(j["last_error"].get<std::string>().find("line one\nline two") == 0);
    CHECK(j["memory_rss_kib"].is_null());
    CHECK(text.back() == '\n');
}

TEST_CASE("health: the systemd status line says what is showing and the connection state") {
    auto t = tracker();
    CHECK(kiosk::status_line(t.snapshot(t0, seconds(0), {})) == "Starting; connecting");
    t.showing("Speakers: Matt Rodda");
    t.fetch_succeeded("v3", t0);
    CHECK(kiosk::status_line(t.snapshot(t0, seconds(0), {})) == "Showing Speakers: Matt Rodda; online; content v3");
    t.fetch_failed("timeout", t0 + minutes(2));
    t.set_screen_on(false);
    CHECK(kiosk::status_line(t.snapshot(t0, seconds(0), {})) ==
          "Screen off (outside on hours); offline since 2023-10-09 16:32 UTC (timeout); content v3");
}

TEST_CASE("health: a reloaded config renames the screen and its source, and the file follows; the same names change nothing") {
    auto t = tracker();
    t.fetch_succeeded("\"v1\"", t0);
    const auto before = t.generation();
    t.set_identity("Hall 2 door", "https://example.org/event.yaml");
    CHECK(t.generation() == before);
    t.set_identity("Hall 3 door", "https://example.org/other.yaml");
    CHECK(t.generation() > before);
    const auto j = json_of(t, t0);
    CHECK(j["screen_name"] == "Hall 3 door");
    CHECK(j["content_url"] == "https://example.org/other.yaml");
    CHECK(j["content_version"] == "\"v1\"");
}

TEST_CASE("health: a snapshot set aside at start is named in the file and the status line") {
    auto t = tracker();
    CHECK(json_of(t, t0)["set_aside"].is_null());
    const auto before = t.generation();
    t.set_aside({"20231009T160000Z-bbbbbbbbbbbb", "\"v2\"", 2, "20231009T150000Z-aaaaaaaaaaaa"});
    CHECK(t.generation() > before);
    t.set_aside({"20231009T160000Z-bbbbbbbbbbbb", "\"v2\"", 2, "20231009T150000Z-aaaaaaaaaaaa"});
    const auto j = json_of(t, t0);
    CHECK(j["set_aside"]["snapshot"] == "20231009T160000Z-bbbbbbbbbbbb");
    CHECK(j["set_aside"]["version"] == "\"v2\"");
    CHECK(j["set_aside"]["starts"] == 2);
    CHECK(j["set_aside"]["fallback"] == "20231009T150000Z-aaaaaaaaaaaa");
    CHECK(kiosk::status_line(t.snapshot(t0, seconds(0), {})) ==
          "Starting; connecting; snapshot 20231009T160000Z-bbbbbbbbbbbb set aside");
}
