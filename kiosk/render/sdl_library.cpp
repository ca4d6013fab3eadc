// The SDL and SDL_image library guards.
#include "kiosk/render/sdl_library.h"

#include <SDL.h>
#include <SDL_image.h>

#include "kiosk/base/log.h"

namespace kiosk {

Result<std::unique_ptr<SdlLibrary>> SdlLibrary::create(std::uint32_t subsystems) {
    // The kiosk handles SIGINT and SIGTERM itself (see quit_signals.h); SDL's own handlers
    // would race with it.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(subsystems) != 0) return unexpected(std::string(SDL_GetError()));
    return std::make_unique<SdlLibrary>(Token{});
}

SdlLibrary::~SdlLibrary() { SDL_Quit(); }

Result<std::unique_ptr<ImageLibrary>> ImageLibrary::create() {
    const int wanted = IMG_INIT_PNG | IMG_INIT_JPG | IMG_INIT_WEBP;
    const int got = IMG_Init(wanted);
    if ((got & (IMG_INIT_PNG | IMG_INIT_JPG)) != (IMG_INIT_PNG | IMG_INIT_JPG)) {
        const std::string reason = IMG_GetError();
        IMG_Quit();
        return unexpected("SDL_image cannot decode PNG and JPEG: " + reason);
    }
    if ((got & IMG_INIT_WEBP) == 0) log::info("SDL_image has no WebP support here; WebP images show placeholders");
    return std::make_unique<ImageLibrary>(Token{});
}

ImageLibrary::~ImageLibrary() { IMG_Quit(); }

}  // namespace kiosk
