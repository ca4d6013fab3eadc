// A crossfade blended on the CPU straight into the window surface of SDL's software renderer.
// The surface is the only full-screen buffer. The incoming slide is painted into it a strip at a
// time; each strip's pixels that differ from the outgoing slide are kept, packed, and the strip is
// put back as it was. Each frame then moves those pixels, in place, part of the way to the
// incoming slide. A fade needs memory only for what changes, and SDL's blitter (which has no
// vectorised path for a constant alpha) is not used.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "kiosk/draw/display_list.h"
#include "kiosk/render/fade_delta.h"
#include "kiosk/render/page_buffer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

class SoftwareFade {
public:
    // Whether the fade can work on `surface`: 32 bits per pixel, no locking needed.
    static bool usable(const SDL_Surface& surface);

    // Prepares a fade from the slide `surface` shows to the one `paint` draws. `paint(clip)` must
    // draw the incoming slide into the surface, within `clip` only. Afterwards the surface still
    // shows the outgoing slide. False (and no fade) when the surface is not usable or there is no
    // memory.
    bool prepare(SDL_Surface& surface, const std::function<void(const Rect&)>& paint);
    bool ready() const { return ready_; }

    // Brings the surface to the incoming slide at opacity `alpha` over the outgoing one. Opacity
    // only grows during a fade; 255 leaves exactly the incoming slide.
    void frame(SDL_Surface& surface, std::uint8_t alpha);
    // How many pixels a frame changes: those where the slides differ, and short gaps between them.
    std::size_t changed_pixels() const { return run_pixels(runs_); }
    // The parts of the surface a frame changes.
    const std::vector<Rect>& bands() const { return bands_; }
    // Frees the packed pixels.
    void end();

private:
    std::vector<std::uint32_t> strip_;  // the outgoing slide's rows while a strip is painted over them
    PageBuffer to_;                     // the incoming runs' pixels, packed
    int width_ = 0;
    int height_ = 0;
    std::vector<PixelRun> runs_;
    std::vector<Rect> bands_;
    std::uint8_t shown_ = 0;  // the opacity the surface shows
    bool ready_ = false;
};

}  // namespace kiosk
