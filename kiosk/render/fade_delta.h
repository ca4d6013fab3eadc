// What differs between two slides, so that a crossfade touches only those pixels. Slides share
// their background and often their header and strip, so a fade touches well under the whole
// screen, and keeps one packed copy of the incoming slide's pixels there. Plain C++ over pixel
// views: tests run it without SDL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "kiosk/draw/display_list.h"
#include "kiosk/render/pixel_buffer.h"

namespace kiosk {

// `length` pixels from (x, y); `offset` is where they start in the packed copy.
struct PixelRun {
    int y = 0;
    int x = 0;
    int length = 0;
    std::size_t offset = 0;
    friend bool operator==(const PixelRun&, const PixelRun&) = default;
};

// Appends the runs of pixels where `a` and `b` (the same size) differ, row by row, left to right,
// their rows counted from `y0` and their offsets following those already in `runs`. Runs less
// than `join` equal pixels apart are one run: stepping equal pixels changes nothing, and longer
// runs are faster.
void append_differing_runs(std::vector<PixelRun>& runs, PixelView a, PixelView b, int y0 = 0, int join = 16);
std::vector<PixelRun> differing_runs(PixelView a, PixelView b, int join = 16);

// The pixels of all runs together.
std::size_t run_pixels(std::span<const PixelRun> runs);

// Copies the runs' pixels out of `view` into `packed`, each at its offset.
void gather_runs(std::span<const PixelRun> runs, PixelView view, std::uint32_t* packed);

// Moves each run's pixels in `target` (rows `stride` pixels apart) the share weight/256 of the way
// to the packed pixels `to` (see step_bytes).
void step_runs(std::span<const PixelRun> runs, const std::uint32_t* to, std::uint32_t* target, int stride,
               std::uint16_t weight);

// Rectangles that cover every run: rows with runs less than `gap` rows apart share one, as wide as
// their runs. What a fade frame has to show, in a few calls rather than one per run.
std::vector<Rect> run_bands(std::span<const PixelRun> runs, int gap = 32);

}  // namespace kiosk
