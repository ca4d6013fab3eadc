// Where the kiosk keeps its config, cache and status file, under systemd or run by hand.
#pragma once

#include <optional>
#include <string>

#include "kiosk/base/result.h"

#include "kiosk/service/config.h"

namespace kiosk {

// $KIOSK_CONFIG, else $CONFIGURATION_DIRECTORY/kiosk.yaml (set by systemd), else /etc/kiosk/kiosk.yaml.
std::string default_config_path();

// The config's cache_dir, else $STATE_DIRECTORY (systemd's /var/lib/kiosk), else
// $XDG_CACHE_HOME/kiosk, else ~/.cache/kiosk; empty when none of these is set.
std::string cache_dir_for(const Config& config);

// The folder the kiosk caches in: cache_dir_for(), else a private one. A predictable shared name
// (such as /tmp/kiosk-cache) would let another user plant content or a symlink there, so the
// fallback is $XDG_RUNTIME_DIR/kiosk when that folder is ours alone, else a fresh mkdtemp folder
// (mode 0700) that lasts for this process. The same folder on every call; an error only when no
// private folder can be made.
Result<std::string> usable_cache_dir(const Config& config);

// Succeeds when `path` is a private folder of this process's user; else says why not: missing,
// not a folder (a symlink is not followed), owned by another user, or writable by its group or others.
Status check_private_folder(const std::string& path);

// The config's status_file, else $RUNTIME_DIRECTORY/status.json (systemd's /run/kiosk), else
// empty: run by hand, the kiosk writes no status file unless asked to.
std::string status_file_for(const Config& config);

// Where the periodic screenshot goes (when screenshot_interval is not 0): screenshot.png beside
// the status file, else in the cache folder.
std::string screenshot_path_for(const Config& config);

// The config's screen_name, else the machine's host name.
std::string screen_name_for(const Config& config);

}  // namespace kiosk
