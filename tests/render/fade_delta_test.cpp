// Tests for the fade's delta: which pixels two slides do not share, how they are packed, and that
// blending only those gives the same picture as blending whole slides.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "kiosk/render/blend.h"
#include "kiosk/render/fade_delta.h"

using kiosk::PixelBuffer;
using kiosk::PixelRun;
using kiosk::Rect;

namespace {

constexpr std::uint32_t kBackground = 0xFF0E1B33u;

// A slide-like picture: one background, and boxes of other colours.
PixelBuffer slide(int w, int h, const std::vector<std::pair<Rect, std::uint32_t>>& boxes) {
    PixelBuffer p(w, h, kBackground);
    for (const auto& [r, colour] : boxes) {
        for (int y = r.y; y < r.bottom(); ++y)
            for (int x = r.x; x < r.right(); ++x) p.at(x, y) = colour;
    }
    return p;
}

// The whole picture stepped the same way, the reference the runs must reproduce.
PixelBuffer stepped_whole(const PixelBuffer& from, const PixelBuffer& to, std::uint16_t weight) {
    PixelBuffer out = from;
    kiosk::step_bytes(reinterpret_cast<std::uint8_t*>(out.data()), reinterpret_cast<const std::uint8_t*>(to.data()),
                      static_cast<std::size_t>(from.width()) * static_cast<std::size_t>(from.height()) * 4, weight);
    return out;
}

bool same_pixels(const PixelBuffer& a, const PixelBuffer& b) {
    if (a.width() != b.width() || a.height() != b.height()) return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.at(x, y) != b.at(x, y)) return false;
    return true;
}

}  // namespace

TEST_CASE("fade delta: equal slides have no runs; a changed word is one run per row it touches") {
    const PixelBuffer a = slide(64, 32, {{{4, 4, 10, 3}, 0xFFFFFFFFu}});
    CHECK(kiosk::differing_runs(a.view(), a.view()).empty());

    const PixelBuffer b = slide(64, 32, {{{4, 4, 10, 3}, 0xFFFFFFFFu}, {{20, 10, 5, 2}, 0xFFFF7A1Au}});
    const std::vector<PixelRun> runs = kiosk::differing_runs(a.view(), b.view());
    const std::vector<PixelRun> expected{{10, 20, 5, 0}, {11, 20, 5, 5}};
    CHECK(runs == expected);
    CHECK(kiosk::run_pixels(runs) == 10);
}

TEST_CASE("fade delta: runs a few equal pixels apart are joined, runs far apart are not") {
    const PixelBuffer a = slide(100, 4, {});
    const PixelBuffer b = slide(100, 4, {{{0, 1, 3, 1}, 0xFFFFFFFFu}, {{10, 1, 3, 1}, 0xFFFFFFFFu}, {{60, 1, 3, 1}, 0xFFFFFFFFu}});
    const std::vector<PixelRun> runs = kiosk::differing_runs(a.view(), b.view(), 16);
    const std::vector<PixelRun> expected{{1, 0, 13, 0}, {1, 60, 3, 13}};
    CHECK(runs == expected);
    // With no joining every box is a run of its own.
    CHECK(kiosk::differing_runs(a.view(), b.view(), 0).size() == 3);
}

TEST_CASE("fade delta: runs reach the last pixel of a row and the last row") {
    const PixelBuffer a = slide(30, 5, {});
    const PixelBuffer b = slide(30, 5, {{{27, 4, 3, 1}, 0xFF000000u}});
    const std::vector<PixelRun> expected{{4, 27, 3, 0}};
    CHECK(kiosk::differing_runs(a.view(), b.view()) == expected);
}

TEST_CASE("fade delta: stepping the packed runs gives the whole picture stepped, up to the incoming slide") {
    // Two different slides, plus noise, so runs of every length occur.
    const PixelBuffer from = slide(97, 61, {{{5, 5, 40, 10}, 0xFF13264Au}, {{50, 30, 30, 20}, 0xFFFFFFFFu}});
    PixelBuffer to = slide(97, 61, {{{5, 5, 40, 12}, 0xFF13264Au}, {{10, 40, 70, 8}, 0xFFFF7A1Au}});
    std::mt19937 random(7);
    for (int i = 0; i < 300; ++i) to.at(static_cast<int>(random() % 97), static_cast<int>(random() % 61)) = static_cast<std::uint32_t>(random());

    const auto runs = kiosk::differing_runs(from.view(), to.view());
    std::vector<std::uint32_t> packed(kiosk::run_pixels(runs));
    kiosk::gather_runs(runs, to.view(), packed.data());

    for (int weight : {0, 1, 77, 128, 255, 256}) {
        CAPTURE(weight);
        PixelBuffer screen = from;  // the window starts with the outgoing slide
        kiosk::step_runs(runs, packed.data(), screen.data(), screen.width(), static_cast<std::uint16_t>(weight));
        CHECK(same_pixels(screen, stepped_whole(from, to, static_cast<std::uint16_t>(weight))));
    }
    PixelBuffer screen = from;
    kiosk::step_runs(runs, packed.data(), screen.data(), screen.width(), 256);
    CHECK(same_pixels(screen, to));
}

TEST_CASE("fade delta: runs found strip by strip are those of the whole picture") {
    const PixelBuffer from = slide(120, 90, {{{3, 3, 50, 20}, 0xFFFFFFFFu}, {{0, 60, 120, 5}, 0xFF336699u}});
    const PixelBuffer to = slide(120, 90, {{{10, 10, 60, 25}, 0xFF336699u}, {{0, 62, 120, 5}, 0xFF336699u}});
    std::vector<PixelRun> strips;
    for (int y0 = 0; y0 < 90; y0 += 16) {
        const int rows = std::min(16, 90 - y0);
        kiosk::append_differing_runs(strips, from.view().sub(0, y0, 120, rows), to.view().sub(0, y0, 120, rows), y0);
    }
    CHECK(strips == kiosk::differing_runs(from.view(), to.view()));
}

TEST_CASE("fade delta: bands cover every run, and runs far apart get bands of their own") {
    const PixelBuffer a = slide(200, 200, {});
    const PixelBuffer b = slide(200, 200, {{{10, 10, 20, 5}, 0xFFFFFFFFu}, {{50, 20, 30, 3}, 0xFFFFFFFFu},
                                           {{5, 150, 190, 10}, 0xFFFFFFFFu}});
    const auto runs = kiosk::differing_runs(a.view(), b.view(), 0);
    const std::vector<Rect> bands = kiosk::run_bands(runs, 32);
    const std::vector<Rect> expected{{10, 10, 70, 13}, {5, 150, 190, 10}};
    CHECK(bands == expected);
    for (const PixelRun& r : runs) {
        const bool covered = std::any_of(bands.begin(), bands.end(), [&](const Rect& band) {
            return band.contains(Rect{r.x, r.y, r.length, 1});
        });
        CHECK(covered);
    }
    CHECK(kiosk::run_bands({}).empty());
}
