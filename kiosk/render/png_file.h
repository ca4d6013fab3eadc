// Writing a surface as a PNG file that a reader never sees half-written.
#pragma once

#include <SDL.h>

#include <string>

#include "kiosk/base/result.h"

namespace kiosk {

// Writes `surface` beside `path` and renames it into place: a reader (a monitoring script, a
// test) finds the old file, no file, or the whole new one.
Status save_png_atomically(SDL_Surface& surface, const std::string& path);

}  // namespace kiosk
