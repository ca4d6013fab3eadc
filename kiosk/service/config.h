// The kiosk's own settings (/etc/kiosk/kiosk.yaml): where content comes from and how the screen runs.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/diagnostic.h"
#include "kiosk/base/log.h"
#include "kiosk/service/on_hours.h"

namespace kiosk {

struct Resolution {
    int width = 0;
    int height = 0;
    friend bool operator==(const Resolution&, const Resolution&) = default;
};

// How the screen is drawn: see docs/configuration.md, `renderer`.
enum class RendererSetting { Auto, Software, Gpu };

// Every field has the default that docs/configuration.md gives. Only content_url is required.
struct Config {
    std::string content_url;                           // http(s) URL, file:// URL or a path
    std::string posts_url;                             // optional separate feed of posts
    std::chrono::seconds poll_interval{30};            // how often content_url is checked
    std::chrono::seconds posts_poll_interval{15};      // how often posts_url is checked
    std::string screen_name;                           // empty: the machine's host name
    std::optional<std::string> room;                   // door-screen mode; overrides the content's
    int rotation = 0;                                  // degrees clockwise: 0, 90, 180 or 270
    std::optional<Resolution> resolution;              // empty: the display's own mode
    RendererSetting renderer = RendererSetting::Auto;  // auto: the GPU only where there is one
    OnHours on_hours;                                  // default: always on
    std::string cache_dir;                             // empty: $STATE_DIRECTORY, then ~/.cache/kiosk
    int cache_max_mib = 256;                           // the cache's bound and each snapshot's byte budget
    std::optional<log::Level> log_level;               // empty: info, or $KIOSK_LOG_LEVEL
    std::string ca_file;                               // extra CA bundle (PEM) for https
    std::string pinned_public_key;                     // curl's "sha256//<base64>" pin(s), or a key file
    std::vector<std::string> trusted_keys;             // minisign public keys; set: only signed content
    bool keyboard_quit = false;                        // Esc/Q quits; off for an unattended screen
    std::chrono::minutes screenshot_interval{0};       // 0 = no screenshots
    std::string status_file;                           // empty: $RUNTIME_DIRECTORY/status.json
};

struct ConfigResult {
    std::optional<Config> config;  // set when there are no errors (warnings are allowed)
    Diagnostics diagnostics;
    bool unreadable = false;       // the file could not be read at all (missing, no permission, too big)
};

// Parses and checks a config file's text. `name` is the file name used in diagnostics. Pure: it
// reads nothing and resolves no path, so the same text always gives the same answer.
ConfigResult load_config_text(std::string_view text, const std::string& name);

// Reads `path` (size-limited) and parses it. Relative paths inside the file (content_url,
// ca_file, cache_dir, status_file, a pinned key file) are resolved against the file's folder.
ConfigResult load_config_file(const std::string& path);

// Every key a config file may have, in the order docs/configuration.md lists them.
const std::vector<std::string_view>& config_keys();

}  // namespace kiosk
