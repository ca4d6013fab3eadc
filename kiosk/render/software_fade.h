// A crossfade blended on the CPU straight into the window surface of SDL's software renderer.
// The surface is the only full-screen buffer: the outgoing slide is copied out of it, the incoming
// one is painted into it, and then only the pixels where the two differ are kept, packed, and
// blended frame by frame. SDL's own blitter has no vectorised path for a constant alpha.
#pragma once

#include <cstdint>
#include <vector>

#include "kiosk/layout/display_list.h"
#include "kiosk/render/fade_delta.h"
#include "kiosk/render/page_buffer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

class SoftwareFade {
public:
    // Whether the fade can work on `surface`: 32 bits per pixel.
    static bool usable(const SDL_Surface& surface);

    // Copies what `surface` holds now, the outgoing slide. False when there is no memory for it.
    bool keep_outgoing(SDL_Surface& surface);
    // `surface` now holds the incoming slide: keeps the pixels of both slides where they differ
    // and drops the copy. False (and no fade) without a kept outgoing slide or memory.
    bool take_incoming(SDL_Surface& surface);
    bool ready() const { return ready_; }

    // Writes the incoming slide at `alpha` over the outgoing one into `surface`.
    void frame(SDL_Surface& surface, std::uint8_t alpha);
    // How many pixels a frame blends: those where the slides differ, and short gaps between them.
    std::size_t changed_pixels() const { return run_pixels(runs_); }
    // The parts of the surface a frame changes.
    const std::vector<Rect>& bands() const { return bands_; }
    // Frees the buffers.
    void end();

private:
    // The whole outgoing slide, until the incoming one is painted; then the runs' pixels of the
    // outgoing slide packed at its start, and of the incoming one after them when there is room.
    PageBuffer outgoing_;
    PageBuffer incoming_;  // the incoming runs' pixels when they did not fit
    const std::uint32_t* from_ = nullptr;
    const std::uint32_t* to_ = nullptr;
    int width_ = 0;
    int height_ = 0;
    std::vector<PixelRun> runs_;
    std::vector<Rect> bands_;
    bool ready_ = false;
};

}  // namespace kiosk
