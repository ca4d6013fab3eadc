// Tests of the comparison of a running config with a reloaded one.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/service/config_changes.h"

using kiosk::Config;
using Keys = std::vector<std::string_view>;

namespace {

// "a, b, c": doctest prints strings, not vectors, when a check fails.
std::string names(const Keys& keys) {
    std::string text;
    for (const auto key : keys) text += (text.empty() ? "" : ", ") + std::string(key);
    return text;
}

}  // namespace

TEST_CASE("config changes: the same settings change nothing") {
    Config a;
    a.content_url = "https://example.org/event.yaml";
    CHECK(kiosk::changed_keys(a, a).empty());
}

TEST_CASE("config changes: the keys that differ are named in the documented order") {
    Config a;
    a.content_url = "https://example.org/event.yaml";
    Config b = a;
    b.screen_name = "hall-2";
    b.content_url = "https://example.org/other.yaml";
    b.on_hours.always = false;
    CHECK(names(kiosk::changed_keys(a, b)) == "content_url, screen_name, on_hours");
    CHECK(names(kiosk::changed_keys(b, a)) == "content_url, screen_name, on_hours");
}

TEST_CASE("config changes: every key of the file is compared") {
    Config a;
    Config b;
    b.content_url = "x";
    b.posts_url = "y";
    b.poll_interval = std::chrono::seconds(31);
    b.posts_poll_interval = std::chrono::seconds(16);
    b.screen_name = "n";
    b.room = "Hall";
    b.rotation = 90;
    b.resolution = kiosk::Resolution{1920, 1080};
    b.renderer = kiosk::RendererSetting::Gpu;
    b.on_hours.dimmed_clock = true;
    b.cache_dir = "c";
    b.cache_max_mib = 64;
    b.log_level = kiosk::log::Level::Debug;
    b.ca_file = "ca.pem";
    b.pinned_public_key = "sha256//x";
    b.trusted_keys = {"RWRMo1fJGTpElwvdXrWL+boBjFNRBZ0gjgHGuMLg1P/2rUDBoJP03sDD"};
    b.keyboard_quit = true;
    b.screenshot_interval = std::chrono::minutes(5);
    b.status_file = "s.json";
    CHECK(names(kiosk::changed_keys(a, b)) == names(Keys(kiosk::config_keys().begin(), kiosk::config_keys().end())));
}

TEST_CASE("config changes: only the video mode and the renderer wait for a restart") {
    for (const auto key : kiosk::config_keys()) {
        CAPTURE(key);
        CHECK(kiosk::needs_restart(key) == (key == "resolution" || key == "renderer"));
    }
}
