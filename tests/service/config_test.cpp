// Tests of the config file parser: defaults, every value form, and one fixture per diagnostic.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "kiosk/service/config.h"
#include "tests/support/broken_yaml.h"
#include "tests/support/test_paths.h"

namespace {

using kiosk::ConfigResult;
using kiosk::Diagnostic;
using kiosk::Severity;

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

ConfigResult load_fixture(const std::string& name) { return kiosk::load_config_file(kiosk::test::fixture("config/" + name)); }

std::string all_messages(const ConfigResult& r) {
    std::string out;
    for (const auto& d : r.diagnostics) out += kiosk::format_diagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("config: a file with only content_url takes every other default") {
    const auto r = kiosk::load_config_text("content_url: https://example.org/event.yaml\n", "kiosk.yaml");
    REQUIRE(r.config.has_value());
    CHECK(r.diagnostics.empty());
    const auto& c = *r.config;
    CHECK(c.content_url == "https://example.org/event.yaml");
    CHECK(c.poll_interval == std::chrono::seconds(30));
    CHECK(c.posts_poll_interval == std::chrono::seconds(15));
    CHECK(c.rotation == 0);
    CHECK_FALSE(c.resolution.has_value());
    CHECK(c.on_hours.always);
    CHECK_FALSE(c.keyboard_quit);
    CHECK(c.screenshot_interval == std::chrono::minutes(0));
    CHECK_FALSE(c.log_level.has_value());
    CHECK_FALSE(c.room.has_value());
}

TEST_CASE("config: every key of a full file is read, with relative paths beside the file") {
    const auto r = load_fixture("full.yaml");
    INFO(all_messages(r));
    REQUIRE(r.config.has_value());
    CHECK(r.diagnostics.empty());
    const auto& c = *r.config;
    CHECK(c.posts_url == "https://example.org/lpc23/posts.yaml");
    CHECK(c.poll_interval == std::chrono::minutes(2));
    CHECK(c.posts_poll_interval == std::chrono::seconds(20));
    CHECK(c.screen_name == "Hall 2 door");
    CHECK(c.room == "Hall 2");
    CHECK(c.rotation == 90);
    CHECK(c.resolution == kiosk::Resolution{1920, 1080});
    CHECK(c.renderer == kiosk::RendererSetting::Software);
    CHECK_FALSE(c.on_hours.always);
    CHECK(c.on_hours.dimmed_clock);
    CHECK(c.on_hours.days[0].empty());  // Sunday off
    CHECK(c.on_hours.days[6].size() == 2);
    CHECK(c.on_hours.days[3] == std::vector<kiosk::TimeWindow>{{7 * 60 + 30, 22 * 60}});
    CHECK(c.cache_dir == "/var/cache/kiosk-test");
    CHECK(c.cache_max_mib == 64);
    CHECK(c.log_level == kiosk::log::Level::Debug);
    CHECK(c.ca_file == kiosk::test::fixture("config/venue-ca.pem"));
    CHECK(c.keyboard_quit);
    CHECK(c.screenshot_interval == std::chrono::minutes(15));
    CHECK(c.status_file == "/run/kiosk-test/status.json");
}

TEST_CASE("config: a relative content path is read beside the config file, a URL is left alone") {
    const auto r = load_fixture("relative_paths.yaml");
    REQUIRE(r.config.has_value());
    CHECK(r.config->content_url == kiosk::test::fixture("config/event.yaml"));
    CHECK(r.config->ca_file == kiosk::test::fixture("config/certs/venue.pem"));
    CHECK(r.config->status_file == "/run/kiosk/status.json");
    CHECK(load_fixture("minimal.yaml").config->content_url == "https://example.org/event.yaml");
}

namespace {

struct Expected {
    const char* fixture;
    Severity severity;
    int line;
    int column;
    const char* words;  // part of the message
};

// One fixture per diagnostic, each checked for its position and the words a reader needs.
const Expected kCases[] = {
    {"unknown_key.yaml", Severity::Warning, 3, 1, "unknown key 'poll_intervall' is ignored; did you mean 'poll_interval'?"},
    {"bad_rotation.yaml", Severity::Error, 2, 11, "rotation must be 0, 90, 180 or 270"},
    {"bad_duration.yaml", Severity::Error, 2, 16, "poll_interval: expected a duration such as 30"},
    {"short_poll.yaml", Severity::Error, 2, 16, "poll_interval must be between 5 s and 24 h, not 2 s"},
    {"bad_resolution.yaml", Severity::Error, 2, 13, "expected a size in pixels like \"1920x1080\""},
    {"bad_window.yaml", Severity::Error, 3, 13, "expected a time window like \"07:30-22:00\""},
    {"misspelt_day.yaml", Severity::Error, 4, 3, "on_hours has no key 'satrday'; did you mean 'saturday'?"},
    {"bad_log_level.yaml", Severity::Error, 2, 12, "did you mean 'warning'?"},
    {"bad_renderer.yaml", Severity::Error, 2, 11, "renderer must be auto, software or gpu, not 'opengl'"},
    {"missing_content_url.yaml", Severity::Error, 1, 1, "content_url is required"},
    {"duplicate_key.yaml", Severity::Error, 3, 1, "'room' is set twice"},
    {"syntax_error.yaml", Severity::Error, 2, 19, "invalid YAML: illegal map value (put quotes around a text"},
    {"not_a_map.yaml", Severity::Error, 1, 1, "a config file is a list of 'key: value' settings"},
    {"bad_flag.yaml", Severity::Error, 2, 16, "keyboard_quit must be true or false, not 'sometimes'"},
    {"bad_pin.yaml", Severity::Error, 2, 20, "expected \"sha256//\" followed by the base64 SHA-256"},
    {"bad_scheme.yaml", Severity::Error, 1, 14, "not ftp://"},
    {"list_for_text.yaml", Severity::Error, 2, 14, "screen_name must be a single value, not a list"},
    {"odd_screenshot.yaml", Severity::Error, 2, 22, "screenshot_interval counts whole minutes"},
    {"invalid_utf8.yaml", Severity::Error, 2, 18, "UTF-8"},
};

}  // namespace

TEST_CASE("config: each broken fixture gives its diagnostic at the right line and column") {
    for (const auto& expected : kCases) {
        const std::string fixture = expected.fixture;
        CAPTURE(fixture);
        const auto r = load_fixture(expected.fixture);
        INFO(all_messages(r));
        REQUIRE(r.diagnostics.size() == 1);
        const Diagnostic& d = r.diagnostics.front();
        CHECK(d.severity == expected.severity);
        CHECK(d.pos.file == kiosk::test::fixture(std::string("config/") + expected.fixture));
        CHECK(d.pos.line == expected.line);
        CHECK(d.pos.column == expected.column);
        CHECK(d.message.find(expected.words) != std::string::npos);
        // An error refuses the file; a warning alone does not.
        CHECK(r.config.has_value() == (expected.severity == Severity::Warning));
    }
}

TEST_CASE("config: an empty file says content_url is required") {
    const auto r = kiosk::load_config_text("# nothing yet\n", "kiosk.yaml");
    CHECK_FALSE(r.config.has_value());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("content_url is required") != std::string::npos);
}

TEST_CASE("config: a quote left open at the end of the file is an error at the quote, not a long value") {
    const auto r = kiosk::load_config_text("content_url: x.yaml\nscreen_name: \"Foyer\nrotation: 90\n", "kiosk.yaml");
    INFO(all_messages(r));
    CHECK_FALSE(r.config.has_value());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos.line == 2);
    CHECK(r.diagnostics[0].pos.column == 14);
    CHECK(r.diagnostics[0].message.find("invalid YAML") == 0);
}

TEST_CASE("config: a byte order mark is accepted and columns still count from the first character") {
    const auto r = kiosk::load_config_text("\xEF\xBB\xBF" "content_url: x.yaml\nrotation: 7\n", "kiosk.yaml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pos.line == 2);
    CHECK(r.diagnostics[0].pos.column == 11);
}

TEST_CASE("config: a key with no value keeps its default") {
    const auto r = kiosk::load_config_text("content_url: x.yaml\nroom:\nrotation:\non_hours:\n", "kiosk.yaml");
    REQUIRE(r.config.has_value());
    CHECK_FALSE(r.config->room.has_value());
    CHECK(r.config->on_hours.always);
}

TEST_CASE("config: durations take seconds, minutes, hours and their sums") {
    const auto poll = [](const std::string& value) {
        const auto r = kiosk::load_config_text("content_url: x\npoll_interval: " + value + "\n", "k.yaml");
        return r.config ? r.config->poll_interval.count() : -1;
    };
    CHECK(poll("45") == 45);
    CHECK(poll("45s") == 45);
    CHECK(poll("5m") == 300);
    CHECK(poll("1h30m") == 5400);
    CHECK(poll("24h") == 86400);
    CHECK(poll("25h") == -1);
    CHECK(poll("1h30") == -1);
    CHECK(poll("-5") == -1);
}

TEST_CASE("config: on_hours accepts one window, a list, always, and weekdays beating daily") {
    const auto hours = [](const std::string& yaml) {
        const auto r = kiosk::load_config_text("content_url: x\non_hours: " + yaml + "\n", "k.yaml");
        REQUIRE_MESSAGE(r.config.has_value(), all_messages(r));
        return r.config->on_hours;
    };
    CHECK(hours("always").always);
    const auto one = hours("\"08:00-18:00\"");
    CHECK_FALSE(one.always);
    for (const auto& day : one.days) CHECK(day == std::vector<kiosk::TimeWindow>{{480, 1080}});
    CHECK(hours("[\"08:00-12:00\", \"13:00-18:00\"]").days[2].size() == 2);
    const auto mixed = hours("{daily: \"08:00-20:00\", weekend: \"10:00-16:00\", sat: off}");
    CHECK(mixed.days[1] == std::vector<kiosk::TimeWindow>{{480, 1200}});
    CHECK(mixed.days[0] == std::vector<kiosk::TimeWindow>{{600, 960}});
    CHECK(mixed.days[6].empty());
}

TEST_CASE("config: the documented default config is valid and names every key") {
    const std::string path = kiosk::test::source_dir() + "/systemd/kiosk.yaml";
    const auto r = kiosk::load_config_file(path);
    INFO(all_messages(r));
    REQUIRE(r.config.has_value());
    CHECK(r.diagnostics.empty());
    const std::string text = read_text(path);
    const std::string docs = read_text(kiosk::test::source_dir() + "/docs/configuration.md");
    for (const auto key : kiosk::config_keys()) {
        CAPTURE(key);
        CHECK(text.find("\n" + std::string(key) + ":") != std::string::npos);
        CHECK(docs.find("`" + std::string(key) + "`") != std::string::npos);
    }
}

TEST_CASE("config: what makes yaml-cpp throw is one error at its line and column, and no config") {
    for (const auto& broken : kiosk::test::kBrokenYaml) {
        CAPTURE(broken.what);
        const ConfigResult r = kiosk::load_config_text(broken.text, "kiosk.yaml");
        CHECK_FALSE(r.config);
        REQUIRE(r.diagnostics.size() == 1);
        const Diagnostic& d = r.diagnostics.front();
        CHECK(d.severity == Severity::Error);
        CHECK(d.pos.file == "kiosk.yaml");
        CHECK(d.pos.line == broken.line);
        CHECK(d.pos.column == broken.column);
        CHECK(d.message.starts_with("invalid YAML: "));
    }
}

TEST_CASE("config: trusted_keys takes one minisign key or a list, and a broken key is an error at its line") {
    const std::string key = "RWRMo1fJGTpElwvdXrWL+boBjFNRBZ0gjgHGuMLg1P/2rUDBoJP03sDD";
    const auto one = kiosk::load_config_text("content_url: x.yaml\ntrusted_keys: " + key + "\n", "kiosk.yaml");
    REQUIRE(one.config.has_value());
    CHECK(one.config->trusted_keys == std::vector<std::string>{key});
    const auto two = kiosk::load_config_text(
        "content_url: x.yaml\ntrusted_keys:\n  - " + key + "\n  - " + key + "\n", "kiosk.yaml");
    REQUIRE(two.config.has_value());
    CHECK(two.config->trusted_keys.size() == 2);
    const auto broken = kiosk::load_config_text(
        "content_url: x.yaml\ntrusted_keys:\n  - " + key + "\n  - RWnotakey\n", "kiosk.yaml");
    CHECK_FALSE(broken.config.has_value());
    REQUIRE_FALSE(broken.diagnostics.empty());
    CHECK(broken.diagnostics.front().pos.line == 4);
    CHECK(broken.diagnostics.front().message.find("trusted_keys: not a minisign public key") != std::string::npos);
    const auto empty = kiosk::load_config_text("content_url: x.yaml\ntrusted_keys: []\n", "kiosk.yaml");
    CHECK_FALSE(empty.config.has_value());
}
