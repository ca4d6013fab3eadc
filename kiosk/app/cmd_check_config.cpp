// `kiosk check-config`: checks the kiosk's config file and prints each problem as file:line:column.
#include <cstdio>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/service/config.h"
#include "kiosk/service/config_values.h"
#include "kiosk/service/service_paths.h"

namespace kiosk {
namespace {

constexpr const char* kUsage =
    "usage: kiosk check-config [FILE] [--show]\n"
    "Checks a kiosk config file (default: $KIOSK_CONFIG or /etc/kiosk/kiosk.yaml) and prints each\n"
    "problem as file:line:column, then a summary. --show also prints the settings as the kiosk\n"
    "would use them, with every default filled in.\n"
    "Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors,\n"
    "2 on usage errors or when the file cannot be read.\n";

void print_setting(const char* key, const std::string& value) {
    std::printf("  %-20s %s\n", key, value.empty() ? "(none)" : value.c_str());
}

void show(const Config& c) {
    print_setting("content_url", c.content_url);
    print_setting("posts_url", c.posts_url);
    print_setting("poll_interval", describe_seconds(c.poll_interval));
    print_setting("posts_poll_interval", describe_seconds(c.posts_poll_interval));
    print_setting("screen_name", screen_name_for(c));
    print_setting("room", c.room.value_or(""));
    print_setting("rotation", std::to_string(c.rotation));
    print_setting("resolution", c.resolution ? std::to_string(c.resolution->width) + "x" +
                                                   std::to_string(c.resolution->height)
                                             : "the display's own mode");
    print_setting("renderer", c.renderer == RendererSetting::Software ? "software"
                              : c.renderer == RendererSetting::Gpu    ? "gpu"
                                                                      : "auto");
    print_setting("on_hours", describe(c.on_hours));
    const std::string cache = cache_dir_for(c);
    print_setting("cache_dir", cache.empty() ? "a private folder: $XDG_RUNTIME_DIR/kiosk, else a new one in /tmp" : cache);
    print_setting("cache_max_mib", std::to_string(c.cache_max_mib));
    print_setting("log_level", c.log_level ? std::string(log::level_name(*c.log_level)) : "info");
    print_setting("ca_file", c.ca_file);
    print_setting("pinned_public_key", c.pinned_public_key);
    std::string keys;
    for (const auto& key : c.trusted_keys) keys += (keys.empty() ? "" : ", ") + key;
    print_setting("trusted_keys", keys);
    print_setting("keyboard_quit", c.keyboard_quit ? "true" : "false");
    print_setting("screenshot_interval",
                  c.screenshot_interval.count() == 0 ? "off" : std::to_string(c.screenshot_interval.count()) + " min");
    print_setting("status_file", status_file_for(c));
}

}  // namespace

int cmd_check_config(const Args& args) {
    if (asks_for_help(args)) return print_help(kUsage);
    std::string path;
    bool show_settings = false;
    for (const auto& arg : args) {
        if (arg == "--show") {
            show_settings = true;
        } else if (arg.empty() || arg[0] == '-' || !path.empty()) {
            std::fputs(kUsage, stderr);
            return 2;
        } else {
            path = arg;
        }
    }
    if (path.empty()) path = default_config_path();
    const ConfigResult result = load_config_file(path);
    if (result.unreadable) {
        for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        return 2;
    }
    for (const auto& d : result.diagnostics) std::printf("%s\n", format_diagnostic(d).c_str());
    std::printf("%s\n", summarise(result.diagnostics).c_str());
    if (!result.config) return 1;
    if (show_settings) show(*result.config);
    return 0;
}

}  // namespace kiosk
