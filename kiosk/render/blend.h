// The crossfade's pixel work, written so that the compiler turns it into vector instructions
// (SSE2 or AVX2 on x86-64, NEON on ARM).
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiosk {

// Moves each byte of `out` the share weight/256 of the way to the same byte of `to`, rounded:
// out = (out × (256 − weight) + to × weight + 128) / 256. At 0 `out` is unchanged, at 256 it
// becomes `to` exactly. Works on any byte-per-channel pixel format shared by both.
void step_bytes(std::uint8_t* out, const std::uint8_t* to, std::size_t bytes, std::uint16_t weight);

// The weight (0..256) that takes a fade from opacity `shown` to `wanted` (0..255, incoming over
// outgoing) when the pixels show `shown` now: the rest of the way times (wanted − shown) / (255 − shown).
// A fade stepped this way stays within a few levels of the exact mix and ends on the incoming slide.
std::uint16_t step_weight(std::uint8_t shown, std::uint8_t wanted);

}  // namespace kiosk
