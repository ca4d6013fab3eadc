// The crossfade's pixel work: one slide over another at a constant opacity, written so that the
// compiler turns it into vector instructions (SSE2 on x86-64, NEON on ARM).
#pragma once

#include <cstddef>
#include <cstdint>

namespace kiosk {

// out = from + (to - from) * alpha / 255 for each byte of `bytes`, rounded to nearest. Works on
// any byte-per-channel pixel format, as long as `from` and `to` have the same one. At alpha 0
// `out` equals `from`, at 255 it equals `to`.
void blend_bytes(std::uint8_t* out, const std::uint8_t* from, const std::uint8_t* to, std::size_t bytes,
                 std::uint8_t alpha);

}  // namespace kiosk
