// What differs between two slides, so that a crossfade blends and shows only those pixels. Slides
// share their background and often their header and strip, so a fade touches well under the
// whole screen, and keeps two packed copies of what it touches rather than two whole slides.
// Plain C++ over pixel views: tests run it without SDL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kiosk/layout/display_list.h"
#include "kiosk/render/pixel_buffer.h"

namespace kiosk {

// `length` pixels from (x, y); `offset` is where they start in the packed copies.
struct PixelRun {
    int y = 0;
    int x = 0;
    int length = 0;
    std::size_t offset = 0;
    friend bool operator==(const PixelRun&, const PixelRun&) = default;
};

// The runs of pixels where `a` and `b` (the same size) differ, row by row, left to right. Runs less
// than `join` equal pixels apart are one run: blending equal pixels changes nothing, and longer
// runs blend faster.
std::vector<PixelRun> differing_runs(PixelView a, PixelView b, int join = 16);

// The pixels of all runs together.
std::size_t run_pixels(const std::vector<PixelRun>& runs);

// Copies the runs' pixels out of `view` into `out` (run_pixels() long), one after another.
void gather_runs(const std::vector<PixelRun>& runs, PixelView view, std::uint32_t* out);

// The same for runs of an image whose rows are `stride` pixels apart at `pixels`, packed at its
// start, in place: each run moves to a lower address, after the runs before it have moved.
void pack_runs_in_place(const std::vector<PixelRun>& runs, std::uint32_t* pixels, int stride);

// Writes packed `to` at `alpha` over packed `from` into the runs' places in `target`, whose rows
// are `stride` pixels apart. At alpha 0 the runs show `from` exactly, at 255 `to`.
void blend_runs(const std::vector<PixelRun>& runs, const std::uint32_t* from, const std::uint32_t* to,
                std::uint32_t* target, int stride, std::uint8_t alpha);

// Rectangles that cover every run: rows with runs less than `gap` rows apart share one, as wide as
// their runs. What a fade frame has to show, in a few calls rather than one per run.
std::vector<Rect> run_bands(const std::vector<PixelRun>& runs, int gap = 32);

}  // namespace kiosk
