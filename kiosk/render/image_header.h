// Reading an image's format and pixel size from its first bytes, so that oversized or unknown
// files are refused before a decoder allocates memory for them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "kiosk/base/result.h"

namespace kiosk {

enum class ImageFormat { Png, Jpeg, Gif, Webp };

struct ImageInfo {
    ImageFormat format = ImageFormat::Png;
    int width = 0;
    int height = 0;
};

// What the kiosk agrees to decode. A 40-megapixel photo already needs 160 MB once decoded,
// which is as much as a small board can spare.
struct ImageLimits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u;
    int max_side = 8192;
    std::int64_t max_pixels = 40'000'000;
};

// The format and size declared in the header of a PNG, JPEG, GIF or WebP file; nullopt when
// the bytes are not one of these or the header is cut short. Never reads past `bytes`.
std::optional<ImageInfo> read_image_header(std::span<const std::uint8_t> bytes);

// The header's info when the image is within `limits`, or a one-line reason to refuse it.
Result<ImageInfo, std::string> check_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits);

}  // namespace kiosk
