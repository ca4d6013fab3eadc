#include "kiosk/render/png_file.h"

#include <SDL_image.h>

#include <cstdio>
#include <filesystem>

namespace kiosk {

Status save_png_atomically(SDL_Surface& surface, const std::string& path) {
    const std::string partial = path + ".partial";
    if (IMG_SavePNG(&surface, partial.c_str()) != 0) {
        std::remove(partial.c_str());
        return unexpected("cannot write " + path + ": " + IMG_GetError());
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::remove(partial.c_str());
        return unexpected("cannot write " + path + ": " + ec.message());
    }
    return {};
}

}  // namespace kiosk
