// Where the kiosk keeps its config, cache and status file, under systemd or run by hand.
#pragma once

#include <string>

#include "kiosk/service/config.h"

namespace kiosk {

// $KIOSK_CONFIG, else $CONFIGURATION_DIRECTORY/kiosk.yaml (set by systemd), else /etc/kiosk/kiosk.yaml.
std::string default_config_path();

// The config's cache_dir, else $STATE_DIRECTORY (systemd's /var/lib/kiosk), else
// $XDG_CACHE_HOME/kiosk, else ~/.cache/kiosk, else /tmp/kiosk-cache as a last resort.
std::string cache_dir_for(const Config& config);

// The config's status_file, else $RUNTIME_DIRECTORY/status.json (systemd's /run/kiosk), else
// empty: run by hand, the kiosk writes no status file unless asked to.
std::string status_file_for(const Config& config);

// Where the periodic screenshot goes (when screenshot_interval is not 0): screenshot.png beside
// the status file, else in the cache folder.
std::string screenshot_path_for(const Config& config);

// The config's screen_name, else the machine's host name.
std::string screen_name_for(const Config& config);

}  // namespace kiosk
