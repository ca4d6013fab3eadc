// Resolving the defaults that depend on the environment, which the pure config parser leaves empty.
#include "kiosk/service/service_paths.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "kiosk/base/log.h"

namespace kiosk {
namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// systemd passes a colon-separated list when a unit names several directories; ours names one.
std::string first_directory(const std::string& list) { return list.substr(0, list.find(':')); }

// $XDG_RUNTIME_DIR/kiosk when the runtime folder and ours in it are private, else a fresh mkdtemp
// folder. An existing folder that is not ours alone is never used.
Result<std::string> private_fallback() {
    if (const auto runtime = env("XDG_RUNTIME_DIR"); !runtime.empty()) {
        const std::string dir = runtime + "/kiosk";
        Status usable = check_private_folder(runtime);
        if (usable) {
            const bool made = ::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST;
            usable = made ? check_private_folder(dir) : Status(unexpected(dir + ": " + std::strerror(errno)));
        }
        if (usable) {
            log::warning("cache: no cache_dir, STATE_DIRECTORY, XDG_CACHE_HOME or HOME; caching in " + dir);
            return dir;
        }
        log::warning("cache: not using " + dir + ": " + usable.error().message);
    }
    // mkdtemp's name cannot be guessed and its folder is made 0700, so a shared /tmp is safe here.
    std::string tmp = env("TMPDIR");
    if (tmp.empty()) tmp = "/tmp";
    std::string pattern = tmp + "/kiosk-cache-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        return unexpected("no cache folder: set cache_dir in the config (or HOME, XDG_CACHE_HOME or STATE_DIRECTORY); "
                          "a private folder in " + tmp + " cannot be made: " + std::strerror(errno));
    }
    if (auto usable = check_private_folder(pattern); !usable) {
        return unexpected("no cache folder: " + usable.error().message);
    }
    log::warning("cache: no cache_dir, STATE_DIRECTORY, XDG_CACHE_HOME or HOME; caching in " + pattern +
                 ", a private folder that the next start will not find");
    return pattern;
}

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
    return {};
}

Status check_private_folder(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return unexpected(path + ": " + std::strerror(errno));
    if (!S_ISDIR(st.st_mode)) return unexpected(path + " is not a folder");
    if (st.st_uid != ::geteuid()) {
        return unexpected(path + " belongs to another user (uid " + std::to_string(st.st_uid) + ")");
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) return unexpected(path + " is writable by other users");
    return {};
}

Result<std::string> usable_cache_dir(const Config& config) {
    if (auto dir = cache_dir_for(config); !dir.empty()) return dir;
    // Made once: a reload or the screenshot path must name the same folder.
    static const Result<std::string> fallback = private_fallback();
    return fallback;
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
    const auto cache = usable_cache_dir(config);
    return (cache ? *cache : std::string("/nonexistent")) + "/screenshot.png";
}

std::string screen_name_for(const Config& config) {
    if (!config.screen_name.empty()) return config.screen_name;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0 && host[0] != '\0') return host;
    return "kiosk";
}

}  // namespace kiosk
