// Tests for the photo scaling and masking that run before pixels reach SDL.
#include <doctest/doctest.h>

#include "kiosk/render/image_scaling.h"
#include "kiosk/render/pixel_buffer.h"

namespace {

using kiosk::argb;

constexpr std::uint32_t kRed = argb(255, 255, 0, 0);
constexpr std::uint32_t kGreen = argb(255, 0, 255, 0);
constexpr std::uint32_t kBlue = argb(255, 0, 0, 255);

// Three vertical bands, red | green | blue, each a third of the width.
kiosk::PixelBuffer bands(int w, int h) {
    kiosk::PixelBuffer out(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) out.at(x, y) = x < w / 3 ? kRed : (x < 2 * w / 3 ? kGreen : kBlue);
    }
    return out;
}

}  // namespace

TEST_CASE("scaling: halving averages each 2x2 block") {
    kiosk::PixelBuffer src(2, 2);
    src.at(0, 0) = argb(255, 0, 0, 0);
    src.at(1, 0) = argb(255, 200, 0, 0);
    src.at(0, 1) = argb(255, 0, 0, 0);
    src.at(1, 1) = argb(255, 200, 0, 0);
    const auto out = kiosk::halve(src.view());
    REQUIRE(out.width() == 1);
    REQUIRE(out.height() == 1);
    CHECK(kiosk::red_of(out.at(0, 0)) == 100);
    CHECK(kiosk::alpha_of(out.at(0, 0)) == 255);
}

TEST_CASE("scaling: transparent pixels do not darken the colour of their neighbours") {
    kiosk::PixelBuffer src(2, 2, argb(0, 0, 0, 0));
    src.at(0, 0) = kBlue;
    const auto out = kiosk::halve(src.view());
    CHECK(kiosk::blue_of(out.at(0, 0)) == 255);
    CHECK(kiosk::alpha_of(out.at(0, 0)) == 64);
}

TEST_CASE("scaling: a wide photo in a square box keeps its centre and crops the sides") {
    const auto src = bands(900, 300);
    const auto out = kiosk::scale_to_cover(src.view(), 100, 100);
    REQUIRE(out.width() == 100);
    REQUIRE(out.height() == 100);
    CHECK(out.at(0, 50) == kGreen);
    CHECK(out.at(50, 50) == kGreen);
    CHECK(out.at(99, 50) == kGreen);
}

TEST_CASE("scaling: a tall box shows the middle band of a landscape photo at full height") {
    const auto src = bands(300, 100);
    const auto out = kiosk::scale_to_cover(src.view(), 50, 200);
    REQUIRE(out.width() == 50);
    REQUIRE(out.height() == 200);
    CHECK(out.at(25, 0) == kGreen);
    CHECK(out.at(25, 199) == kGreen);
}

TEST_CASE("scaling: a small photo is enlarged to cover its box") {
    const auto src = bands(30, 30);
    const auto out = kiosk::scale_to_cover(src.view(), 300, 300);
    REQUIRE(out.width() == 300);
    CHECK(out.at(10, 150) == kRed);
    CHECK(out.at(150, 150) == kGreen);
    CHECK(out.at(290, 150) == kBlue);
}

TEST_CASE("scaling: a large reduction averages fine detail instead of aliasing it") {
    // One-pixel black and white stripes must become an even grey, not stripes or a solid colour.
    kiosk::PixelBuffer src(1600, 1600);
    for (int y = 0; y < 1600; ++y) {
        for (int x = 0; x < 1600; ++x) src.at(x, y) = x % 2 == 0 ? argb(255, 0, 0, 0) : argb(255, 255, 255, 255);
    }
    const auto out = kiosk::scale_to_cover(src.view(), 90, 90);
    for (int x = 0; x < 90; x += 7) {
        const auto grey = kiosk::green_of(out.at(x, 45));
        CHECK(grey >= 110);
        CHECK(grey <= 145);
    }
}

TEST_CASE("circle mask: corners become clear, the centre stays opaque, the edge is anti-aliased") {
    kiosk::PixelBuffer img(64, 64, kRed);
    kiosk::mask_circle(img);
    CHECK(kiosk::alpha_of(img.at(0, 0)) == 0);
    CHECK(kiosk::alpha_of(img.at(63, 63)) == 0);
    CHECK(kiosk::alpha_of(img.at(32, 32)) == 255);
    // The leftmost pixel of the middle row is more than 99 % inside the circle: opaque to the eye.
    CHECK(kiosk::alpha_of(img.at(0, 32)) >= 250);
    int partial = 0;
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
            const auto a = kiosk::alpha_of(img.at(x, y));
            if (a > 0 && a < 255) ++partial;
        }
    }
    CHECK(partial > 40);
}

TEST_CASE("blending: a half-transparent white over black gives mid grey, clipped to the target") {
    kiosk::PixelBuffer target(4, 4, argb(255, 0, 0, 0));
    const kiosk::PixelBuffer glyph(4, 4, argb(128, 255, 255, 255));
    kiosk::blend_over(target, glyph.view(), 2, 2);
    CHECK(target.at(0, 0) == argb(255, 0, 0, 0));
    CHECK(kiosk::red_of(target.at(3, 3)) == 128);
    CHECK(kiosk::alpha_of(target.at(3, 3)) == 255);
}
