// Scoped initialisation of SDL_ttf: TTF_Init on creation, TTF_Quit when the guard goes away.
#pragma once

#include <string>

#include "kiosk/base/result.h"

namespace kiosk {

// SDL_ttf counts TTF_Init/TTF_Quit pairs, so several guards may coexist (main holds one,
// and every FontStack holds its own so that its fonts are always closed before TTF_Quit).
// No SDL subsystem is needed: fonts render to surfaces without a video driver.
class TtfLibrary {
public:
    static Result<TtfLibrary> init();

    TtfLibrary(TtfLibrary&& other) noexcept;
    TtfLibrary& operator=(TtfLibrary&& other) noexcept;
    TtfLibrary(const TtfLibrary&) = delete;
    TtfLibrary& operator=(const TtfLibrary&) = delete;
    ~TtfLibrary();

private:
    TtfLibrary() = default;
    bool initialised_ = false;
};

}  // namespace kiosk
