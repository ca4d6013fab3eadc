// Drawing without a display: SDL's software renderer on a memory surface, saved as PNG. Used by
// `kiosk render` and the render tests; needs no video driver at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/base/result.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

class OffscreenCanvas {
public:
    static Result<OffscreenCanvas> create(Size size);

    SDL_Renderer& renderer() { return *renderer_; }
    Size size() const { return size_; }

    // The canvas pixel at (x, y) as 0xAARRGGBB, after everything drawn so far.
    std::uint32_t pixel(int x, int y);
    // Writes the canvas as a PNG; the error says why it could not.
    Status save_png(const std::string& path);

private:
    OffscreenCanvas() = default;
    void flush();

    SurfacePtr surface_;     // declared first: the renderer draws into it and goes first
    RendererPtr renderer_;
    Size size_;
};

}  // namespace kiosk
