// Tests for the crossfade's step: its ends are exact, each step is the rounded mix, and a whole
// eased fade stepped frame by frame stays within a few levels of the exact mix, never outside the
// two slides, for every pair of byte values.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "kiosk/render/blend.h"
#include "kiosk/render/crossfade.h"

namespace {

// Every pair of byte values, from in `from` and to in `to`, laid out side by side.
struct AllPairs {
    std::vector<std::uint8_t> from;
    std::vector<std::uint8_t> to;
    AllPairs() {
        for (int f = 0; f < 256; ++f) {
            for (int t = 0; t < 256; ++t) {
                from.push_back(static_cast<std::uint8_t>(f));
                to.push_back(static_cast<std::uint8_t>(t));
            }
        }
    }
};

std::vector<std::uint8_t> stepped(const AllPairs& pairs, std::uint16_t weight) {
    std::vector<std::uint8_t> out = pairs.from;
    kiosk::step_bytes(out.data(), pairs.to.data(), out.size(), weight);
    return out;
}

}  // namespace

TEST_CASE("step: weight 0 leaves the outgoing slide, weight 256 gives exactly the incoming one") {
    const AllPairs pairs;
    CHECK(stepped(pairs, 0) == pairs.from);
    CHECK(stepped(pairs, 256) == pairs.to);
}

TEST_CASE("step: every weight gives the mix rounded to the nearest value (halves up)") {
    const AllPairs pairs;
    for (int weight : {1, 64, 127, 128, 200, 255}) {
        CAPTURE(weight);
        const std::vector<std::uint8_t> out = stepped(pairs, static_cast<std::uint16_t>(weight));
        int wrong = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const int expected = (pairs.from[i] * (256 - weight) + pairs.to[i] * weight + 128) / 256;
            if (out[i] != expected) ++wrong;
        }
        CHECK(wrong == 0);
    }
}

TEST_CASE("step: an eased 800 ms fade at 60 steps a second stays within 4 levels of the exact mix") {
    const AllPairs pairs;
    std::vector<std::uint8_t> out = pairs.from;
    kiosk::Crossfade fade;
    const auto start = kiosk::Crossfade::Clock::time_point{};
    fade.start(start, std::chrono::milliseconds(800));
    std::uint8_t shown = 0;
    int worst = 0, outside = 0, backwards = 0, frames = 0;
    for (int ms = 0; ms <= 816; ms += 16) {
        const std::uint8_t alpha = ms >= 800 ? 255 : fade.incoming_alpha(start + std::chrono::milliseconds(ms));
        const std::vector<std::uint8_t> before = out;
        kiosk::step_bytes(out.data(), pairs.to.data(), out.size(), kiosk::step_weight(shown, alpha));
        if (alpha > shown) ++frames;
        shown = std::max(shown, alpha);
        for (std::size_t i = 0; i < out.size(); ++i) {
            const double exact = pairs.from[i] + (pairs.to[i] - pairs.from[i]) * shown / 255.0;
            worst = std::max(worst, static_cast<int>(std::ceil(std::abs(out[i] - exact) - 1e-9)));
            const int low = std::min(pairs.from[i], pairs.to[i]), high = std::max(pairs.from[i], pairs.to[i]);
            if (out[i] < low || out[i] > high) ++outside;
            const int moved = out[i] - before[i], way = pairs.to[i] - pairs.from[i];
            if (moved * way < 0) ++backwards;
        }
    }
    CHECK(frames > 30);
    CHECK(worst <= 4);
    CHECK(outside == 0);    // never darker or brighter than both slides
    CHECK(backwards == 0);  // each pixel only moves towards the incoming slide
    CHECK(out == pairs.to); // and ends on it exactly
}

TEST_CASE("step: a length that is not a multiple of the vector width is stepped to its last byte") {
    std::vector<std::uint8_t> out(37, 0);
    const std::vector<std::uint8_t> to(37, 255);
    kiosk::step_bytes(out.data(), to.data(), out.size(), 256);
    CHECK(out == to);
}

TEST_CASE("step: the weight is the rest of the way, and none when the opacity does not grow") {
    CHECK(kiosk::step_weight(0, 255) == 256);
    CHECK(kiosk::step_weight(100, 255) == 256);
    CHECK(kiosk::step_weight(0, 128) == 129);  // 128/255 of 256, rounded
    CHECK(kiosk::step_weight(128, 128) == 0);
    CHECK(kiosk::step_weight(200, 100) == 0);
}
