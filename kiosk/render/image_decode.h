// Decoding a checked image straight into ARGB pixels, shrunk while it is decoded when it is shown
// smaller: a JPEG by libjpeg's own scaling of its blocks, a WebP by libwebp's scaler, a PNG and a
// GIF row by row through a box filter. A 12.6-megapixel photo shown on a speaker card costs a few
// megabytes instead of the 100 MB of a full decode and its ARGB copy.
#pragma once

#include <cstdint>
#include <span>

#include "kiosk/base/result.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/pixel_buffer.h"

namespace kiosk {

// `bytes` decoded by the one decoder of `info.format` (never a guess from the bytes), as ARGB
// pixels that still cover `cover` after a centred crop: no more than twice its size when the image
// is larger, the whole image when `cover` is empty or the image is not larger. The error is the
// decoder's reason (broken or truncated data, or sizes past `limits`).
Result<PixelBuffer> decode_to_cover(std::span<const std::uint8_t> bytes, const ImageInfo& info, Size cover,
                                    const ImageLimits& limits);

// One decoder per format, as decode_to_cover picks them.
Result<PixelBuffer> decode_jpeg(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits);
Result<PixelBuffer> decode_png(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits);
Result<PixelBuffer> decode_webp(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits);
Result<PixelBuffer> decode_gif(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits);

// True when a decoder's width x height is within `limits`: a crafted file's header check and its
// decoder could disagree, and the decoder's figure is what allocates.
bool within_limits(std::int64_t width, std::int64_t height, const ImageLimits& limits);

}  // namespace kiosk
