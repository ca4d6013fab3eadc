// Facts fixed when the binary is built: its version, its User-Agent, and the day it was built.
#pragma once

#include <string>

#include "kiosk/base/clock.h"

namespace kiosk {

std::string kiosk_version();
std::string user_agent();  // "kiosk/<version>"
// Midnight UTC of the build day: a moment known to have passed whenever the binary runs.
Instant build_day();

}  // namespace kiosk
