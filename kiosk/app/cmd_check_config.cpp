// `kiosk check-config`: checks the kiosk's config file and prints each problem as file:line:column.
#include <ostream>
#include <string>

#include "kiosk/app/commands.h"
#include "kiosk/service/config.h"
#include "kiosk/service/config_values.h"
#include "kiosk/service/service_paths.h"

namespace kiosk {

const char* const kCheckConfigUsage =
    "usage: kiosk check-config [FILE] [--show]\n"
    "Checks a kiosk config file (default: $KIOSK_CONFIG or /etc/kiosk/kiosk.yaml) and prints each\n"
    "problem as file:line:column, then a summary. --show also prints the settings as the kiosk\n"
    "would use them, with every default filled in.\n"
    "Exit status: 0 when the file is valid (warnings allowed), 1 when it has errors,\n"
    "2 on usage errors or when the file cannot be read.\n";

namespace {

// "  key                  value": the key padded to 20 columns, as a table.
void print_setting(std::ostream& out, const std::string& key, const std::string& value) {
    out << "  " << key << std::string(key.size() < 20 ? 20 - key.size() : 0, ' ') << " "
        << (value.empty() ? "(none)" : value) << "\n";
}

std::string renderer_name(RendererSetting r) {
    return r == RendererSetting::Software ? "software" : r == RendererSetting::Gpu ? "gpu" : "auto";
}

void show(const Config& c, std::ostream& out) {
    print_setting(out, "content_url", c.content_url);
    print_setting(out, "posts_url", c.posts_url);
    print_setting(out, "poll_interval", describe_seconds(c.poll_interval));
    print_setting(out, "posts_poll_interval", describe_seconds(c.posts_poll_interval));
    print_setting(out, "screen_name", screen_name_for(c));
    print_setting(out, "room", c.room.value_or(""));
    print_setting(out, "rotation", std::to_string(c.rotation));
    print_setting(out, "resolution",
                  c.resolution ? std::to_string(c.resolution->width) + "x" + std::to_string(c.resolution->height)
                               : "the display's own mode");
    print_setting(out, "renderer", renderer_name(c.renderer));
    print_setting(out, "on_hours", describe(c.on_hours));
    const std::string cache = cache_dir_for(c);
    print_setting(out, "cache_dir",
                  cache.empty() ? "a private folder: $XDG_RUNTIME_DIR/kiosk, else a new one in /tmp" : cache);
    print_setting(out, "cache_max_mib", std::to_string(c.cache_max_mib));
    print_setting(out, "log_level", c.log_level ? std::string(log::level_name(*c.log_level)) : "info");
    print_setting(out, "ca_file", c.ca_file);
    print_setting(out, "pinned_public_key", c.pinned_public_key);
    std::string keys;
    for (const auto& key : c.trusted_keys) keys += (keys.empty() ? "" : ", ") + key;
    print_setting(out, "trusted_keys", keys);
    print_setting(out, "keyboard_quit", c.keyboard_quit ? "true" : "false");
    print_setting(out, "screenshot_interval",
                  c.screenshot_interval.count() == 0 ? "off" : std::to_string(c.screenshot_interval.count()) + " min");
    print_setting(out, "status_file", status_file_for(c));
}

}  // namespace

Result<CheckConfigArgs> parse_check_config_args(const Args& args) {
    CheckConfigArgs parsed;
    for (const auto& arg : args) {
        if (arg == "--show") {
            parsed.show = true;
        } else if (arg.empty() || arg[0] == '-') {
            return unexpected("unknown option '" + arg + "'");
        } else if (!parsed.path.empty()) {
            return unexpected(std::string("check-config reads one file"));
        } else {
            parsed.path = arg;
        }
    }
    return parsed;
}

int run_check_config(const CheckConfigArgs& args, CommandIo& io) {
    const std::string path = args.path.empty() ? default_config_path() : args.path;
    const ConfigResult result = load_config_file(path);
    if (result.unreadable) {
        for (const auto& d : result.diagnostics) io.err << format_diagnostic(d) << "\n";
        return 2;
    }
    for (const auto& d : result.diagnostics) io.out << format_diagnostic(d) << "\n";
    io.out << summarise(result.diagnostics) << "\n";
    if (!result.config) return 1;
    if (args.show) show(*result.config, io.out);
    return 0;
}

int cmd_check_config(const Args& args, CommandIo& io) {
    if (asks_for_help(args)) return print_help(kCheckConfigUsage, io);
    const auto parsed = parse_check_config_args(args);
    if (!parsed) {
        io.err << kCheckConfigUsage;
        return 2;
    }
    return run_check_config(*parsed, io);
}

}  // namespace kiosk
