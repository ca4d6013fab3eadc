// Scoped initialisation of SDL_ttf.
#include "kiosk/text/ttf_library.h"

#include <SDL_ttf.h>

namespace kiosk {

Result<TtfLibrary> TtfLibrary::init() {
    if (TTF_Init() != 0) return unexpected(std::string("cannot initialise SDL_ttf: ") + TTF_GetError());
    TtfLibrary library;
    library.initialised_ = true;
    return library;
}

TtfLibrary::TtfLibrary(TtfLibrary&& other) noexcept : initialised_(other.initialised_) {
    other.initialised_ = false;
}

TtfLibrary& TtfLibrary::operator=(TtfLibrary&& other) noexcept {
    if (this != &other) {
        if (initialised_) TTF_Quit();
        initialised_ = other.initialised_;
        other.initialised_ = false;
    }
    return *this;
}

TtfLibrary::~TtfLibrary() {
    if (initialised_) TTF_Quit();
}

}  // namespace kiosk
