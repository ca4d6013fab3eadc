// Tests for the crossfade's blend: the ends of the fade are exact, and every step in between is
// the rounded mix of the two slides, for every byte value.
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "kiosk/render/blend.h"

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

std::vector<std::uint8_t> blended(const AllPairs& pairs, std::uint8_t alpha) {
    std::vector<std::uint8_t> out(pairs.from.size());
    kiosk::blend_bytes(out.data(), pairs.from.data(), pairs.to.data(), out.size(), alpha);
    return out;
}

}  // namespace

TEST_CASE("blend: at alpha 0 the outgoing slide is shown unchanged, at 255 the incoming one") {
    const AllPairs pairs;
    CHECK(blended(pairs, 0) == pairs.from);
    CHECK(blended(pairs, 255) == pairs.to);
}

TEST_CASE("blend: every alpha gives the mix rounded to the nearest value") {
    const AllPairs pairs;
    for (int alpha : {1, 64, 127, 128, 200, 254}) {
        CAPTURE(alpha);
        const std::vector<std::uint8_t> out = blended(pairs, static_cast<std::uint8_t>(alpha));
        int wrong = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            const int exact2 = 2 * (pairs.from[i] * (255 - alpha) + pairs.to[i] * alpha);  // twice the mix x 255
            const int expected = (exact2 + 255) / 510;                                    // halves round up
            if (out[i] != expected) ++wrong;
        }
        CHECK(wrong == 0);
    }
}

TEST_CASE("blend: a length that is not a multiple of the vector width is blended to its last byte") {
    std::vector<std::uint8_t> from(37, 0);
    std::vector<std::uint8_t> to(37, 255);
    std::vector<std::uint8_t> out(37, 7);
    kiosk::blend_bytes(out.data(), from.data(), to.data(), out.size(), 255);
    CHECK(out == to);
}
