// Real image files written at test time by the formats' own encoders (libpng, libjpeg, libwebp)
// and, for GIF, by a small writer of our own, so the decoders are tested on every variant a
// photo can come in without binary fixtures in the repository.
#pragma once

#include <cstdint>
#include <vector>

#include "kiosk/render/pixel_buffer.h"

namespace kiosk::test {

using FileBytes = std::vector<std::uint8_t>;

// Four quadrants: red top left, green top right, blue bottom left, `corner` bottom right.
PixelBuffer quadrants(int width, int height, std::uint32_t corner = argb(255, 255, 255, 255));

enum class PngKind { Rgba, Interlaced, PaletteWithTransparency, Grey16 };
FileBytes png_bytes(const PixelBuffer& image, PngKind kind);

enum class JpegKind { Colour, Progressive, Grey, AdobeCmyk };
FileBytes jpeg_bytes(const PixelBuffer& image, JpegKind kind);

FileBytes webp_lossy_bytes(const PixelBuffer& image);
FileBytes webp_lossless_bytes(const PixelBuffer& image);
// Two frames: `first`, then `second` 100 ms later.
FileBytes webp_animation_bytes(const PixelBuffer& first, const PixelBuffer& second);

// A GIF of the image's distinct colours (at most 255); fully transparent pixels become the
// transparent index.
FileBytes gif_bytes(const PixelBuffer& image);

}  // namespace kiosk::test
