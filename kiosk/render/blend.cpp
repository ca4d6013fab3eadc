// The constant-alpha blend over plain byte arrays. Kept free of branches and calls, with 16-bit
// arithmetic, so that the vectoriser handles 16 bytes (or more) per instruction.
#include "kiosk/render/blend.h"

namespace kiosk {

// On x86-64 the baseline is SSE2; a second copy for AVX2, chosen when the program loads, blends
// 32 bytes per instruction. ARM's NEON is part of its baseline.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define KIOSK_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define KIOSK_VECTOR_CLONES
#endif

KIOSK_VECTOR_CLONES
void blend_bytes(std::uint8_t* __restrict out, const std::uint8_t* __restrict from, const std::uint8_t* __restrict to,
                 std::size_t bytes, std::uint8_t alpha) {
    const auto a = static_cast<std::uint16_t>(alpha);
    const auto b = static_cast<std::uint16_t>(255 - alpha);
    for (std::size_t i = 0; i < bytes; ++i) {
        // x / 255, rounded, for x up to 255 * 255: (x + 128 + ((x + 128) >> 8)) >> 8.
        const auto x = static_cast<std::uint16_t>(from[i] * b + to[i] * a + 128);
        out[i] = static_cast<std::uint8_t>((x + (x >> 8)) >> 8);
    }
}

}  // namespace kiosk
