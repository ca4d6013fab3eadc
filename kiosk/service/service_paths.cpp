// Resolving the defaults that depend on the environment, which the pure config parser leaves empty.
#include "kiosk/service/service_paths.h"

#include <unistd.h>

#include <cstdlib>

namespace kiosk {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// systemd passes a colon-separated list when a unit names several directories; ours names one.
std::string first_directory(const std::string& list) { return list.substr(0, list.find(':')); }

}  // namespace

std::string default_config_path() {
    if (auto path = env("KIOSK_CONFIG"); !path.empty()) return path;
    if (auto dir = first_directory(env("CONFIGURATION_DIRECTORY")); !dir.empty()) return dir + "/kiosk.yaml";
    return "/etc/kiosk/kiosk.yaml";
}

std::string cache_dir_for(const Config& config) {
    if (!config.cache_dir.empty()) return config.cache_dir;
    if (auto dir = first_directory(env("STATE_DIRECTORY")); !dir.empty()) return dir;
    if (auto xdg = env("XDG_CACHE_HOME"); !xdg.empty()) return xdg + "/kiosk";
    if (auto home = env("HOME"); !home.empty()) return home + "/.cache/kiosk";
    return "/tmp/kiosk-cache";
}

std::string status_file_for(const Config& config) {
    if (!config.status_file.empty()) return config.status_file;
    if (auto dir = first_directory(env("RUNTIME_DIRECTORY")); !dir.empty()) return dir + "/status.json";
    return {};
}

std::string screenshot_path_for(const Config& config) {
    const std::string status = status_file_for(config);
    const auto slash = status.rfind('/');
    if (slash != std::string::npos) return status.substr(0, slash + 1) + "screenshot.png";
    return cache_dir_for(config) + "/screenshot.png";
}

std::string screen_name_for(const Config& config) {
    if (!config.screen_name.empty()) return config.screen_name;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0 && host[0] != '\0') return host;
    return "kiosk";
}

}  // namespace kiosk
