// What a reloaded config changes: the keys whose values differ, for the log and for deciding
// what the running kiosk must redo.
#pragma once

#include <string_view>
#include <vector>

#include "kiosk/service/config.h"

namespace kiosk {

// The keys whose settings differ between `before` and `after`, in the order of config_keys().
std::vector<std::string_view> changed_keys(const Config& before, const Config& after);

// Keys that a reload cannot apply to a running screen: changing the video mode or the renderer
// means closing and opening the output, which blanks the screen and may not come back. They
// take effect at the next start.
bool needs_restart(std::string_view key);

}  // namespace kiosk
