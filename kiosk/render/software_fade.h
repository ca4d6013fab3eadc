// A crossfade blended on the CPU for SDL's software renderer: both slides are read back once
// into plain buffers, then each frame is blended straight into the window surface. SDL's own
// blitter has no vectorised path for a constant alpha and costs several times as much per frame.
#pragma once

#include <cstdint>
#include <vector>

#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

class SoftwareFade {
public:
    // Reads the outgoing slide (`from`, or what the window shows when it is null) and the
    // incoming one (`to`), both the window's size. False when the window surface is not 32 bits
    // per pixel or reading fails: the caller then blends through SDL.
    bool begin(SDL_Renderer& renderer, SDL_Window& window, SDL_Texture* from, SDL_Texture& to);
    bool active() const { return !to_.empty(); }
    // Writes `to` at `alpha` over `from` into the window surface; presenting shows it.
    void frame(SDL_Window& window, std::uint8_t alpha);
    // Frees both buffers (16 MiB at 1080p).
    void end();

private:
    std::vector<std::uint8_t> from_;
    std::vector<std::uint8_t> to_;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace kiosk
