// Whole-picture comparison for the reference-image tests: how many pixels differ from the
// reference by more than a small amount in any channel, and a picture of where they are.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <set>
#include <string>

#include "kiosk/text/sdl_ptrs.h"

namespace kiosk::test {

struct ImageTolerance {
    int channel = 8;                // a pixel differs when any of R, G, B moves by more than this
    double differing_share = 1e-4;  // the picture matches while at most this share of pixels differs
};

struct ImageDiff {
    bool same_size = false;
    std::int64_t differing = 0;  // pixels past the channel tolerance
    std::int64_t total = 0;
    int largest = 0;  // the largest channel difference anywhere

    double share() const { return total == 0 ? 1.0 : static_cast<double>(differing) / static_cast<double>(total); }
    bool within(const ImageTolerance& t) const { return same_size && share() <= t.differing_share; }
    // "412 of 2073600 pixels (0.0199%) differ by more than 16; largest channel difference 183"
    std::string describe(const ImageTolerance& t) const;
};

// The PNG at `path` as ARGB8888; null when it cannot be read.
SurfacePtr load_argb_png(const std::string& path);

// The same, for a picture the test cannot go on without: fails the test when it cannot be read.
SurfacePtr require_argb_png(const std::string& path);

// The names of the PNG files in `folder`, sorted.
std::set<std::string> png_names_in(const std::string& folder);

// Both surfaces must be ARGB8888.
ImageDiff compare_images(const SDL_Surface& actual, const SDL_Surface& expected, const ImageTolerance& t);

// The reference dimmed to grey, with every differing pixel in bright red: where to look. Null
// when the sizes differ.
SurfacePtr diff_image(const SDL_Surface& actual, const SDL_Surface& expected, const ImageTolerance& t);

}  // namespace kiosk::test
