// The fade step over plain byte arrays. Kept free of branches and calls, with 16-bit arithmetic,
// so that the vectoriser handles 16 bytes (or more) per instruction.
#include "kiosk/render/blend.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

// On x86-64 the baseline is SSE2; a second copy for AVX2, chosen when the program loads, does
// 32 bytes per instruction. ARM's NEON is part of its baseline. Not under ThreadSanitizer: it
// instruments the copy-choosing resolver, which runs while the program is being relocated, before
// the sanitizer's runtime exists, so the program would crash before main.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define KIOSK_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define KIOSK_VECTOR_CLONES
#endif

KIOSK_VECTOR_CLONES
void step_bytes(std::uint8_t* __restrict out, const std::uint8_t* __restrict to, std::size_t bytes, std::uint16_t weight) {
    const std::uint16_t w = std::min<std::uint16_t>(weight, 256);
    const auto keep = static_cast<std::uint16_t>(256 - w);
    for (std::size_t i = 0; i < bytes; ++i) {
        // At most 255 × 256 + 128: fits 16 bits.
        const auto x = static_cast<std::uint16_t>(out[i] * keep + to[i] * w + 128);
        out[i] = static_cast<std::uint8_t>(x >> 8);
    }
}

std::uint16_t step_weight(std::uint8_t shown, std::uint8_t wanted) {
    if (wanted <= shown) return 0;
    if (wanted == 255) return 256;
    const double share = static_cast<double>(wanted - shown) / static_cast<double>(255 - shown);
    return static_cast<std::uint16_t>(std::lround(share * 256.0));
}

}  // namespace kiosk
