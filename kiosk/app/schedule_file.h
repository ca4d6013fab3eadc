// Reading a file that may be a content file or a schedule export (schedule.json, schedule.xml).
#pragma once

#include <string>

#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"

namespace kiosk {

// A schedule export shown on its own (the default theme and slides, the schedule's title and zone);
// anything else is read as a content file by load_content_file.
LoadResult load_content_or_schedule(const std::string& path);

}  // namespace kiosk
