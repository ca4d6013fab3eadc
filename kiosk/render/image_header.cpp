// Choosing the format walker from the signature, and applying the picture limits to its result.
#include "kiosk/render/image_header.h"

#include "kiosk/render/image_bytes.h"

#include <climits>
#include <cstdint>

namespace kiosk {
namespace image_bytes {

std::string megapixels(std::int64_t pixels) {
    const std::int64_t tenths = (pixels + 50'000) / 100'000;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " megapixels";
}

std::string frame_problem(const std::string& what, std::uint64_t left, std::uint64_t top, std::uint64_t w,
                          std::uint64_t h, const ImageLimits& limits) {
    const auto side = static_cast<std::uint64_t>(limits.max_side);
    if (w == 0 || h == 0) return what + " is " + size_text(w, h) + " pixels";
    if (left + w > side || top + h > side) {
        return what + " is " + size_text(w, h) + " pixels at " + std::to_string(left) + "," + std::to_string(top) +
               "; the limit is " + std::to_string(limits.max_side) + " on a side";
    }
    if (w * h > static_cast<std::uint64_t>(limits.max_pixels)) {
        return what + " is " + size_text(w, h) + " pixels; the limit is " +
               megapixels(limits.max_pixels);
    }
    return {};
}

}  // namespace image_bytes

namespace {

using image_bytes::Bytes;
using image_bytes::Checked;

std::string mib(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

using image_bytes::megapixels;

Checked walk(ImageFormat format, Bytes bytes, const ImageLimits& limits) {
    switch (format) {
        case ImageFormat::Png: return image_bytes::walk_png(bytes, limits);
        case ImageFormat::Jpeg: return image_bytes::walk_jpeg(bytes, limits);
        case ImageFormat::Gif: return image_bytes::walk_gif(bytes, limits);
        case ImageFormat::Webp: return image_bytes::walk_webp(bytes, limits);
    }
    return unexpected(std::string("unknown format"));
}

// Limits so large that nothing is refused for its size: read_image_header reports, it does not judge.
ImageLimits unlimited() {
    ImageLimits limits;
    limits.max_file_bytes = SIZE_MAX;
    limits.max_side = INT_MAX;
    limits.max_pixels = INT64_MAX / 4;
    limits.max_slide_pixels = INT64_MAX / 4;
    limits.max_frames = INT_MAX;
    limits.max_jpeg_scans = INT_MAX;
    return limits;
}

}  // namespace

std::optional<ImageFormat> sniff_image_format(std::span<const std::uint8_t> bytes) {
    using image_bytes::starts_with;
    if (starts_with(bytes, 0, "\x89PNG\r\n\x1a\n")) return ImageFormat::Png;
    if (starts_with(bytes, 0, "\xFF\xD8\xFF")) return ImageFormat::Jpeg;
    if (starts_with(bytes, 0, "GIF87a") || starts_with(bytes, 0, "GIF89a")) return ImageFormat::Gif;
    if (starts_with(bytes, 0, "RIFF") && starts_with(bytes, 8, "WEBP")) return ImageFormat::Webp;
    return std::nullopt;
}

std::optional<ImageInfo> read_image_header(std::span<const std::uint8_t> bytes) {
    const auto format = sniff_image_format(bytes);
    if (!format) return std::nullopt;
    auto walked = walk(*format, bytes, unlimited());
    if (!walked) return std::nullopt;
    return *walked;
}

Result<ImageInfo> check_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) {
        return unexpected("the file is " + mib(bytes.size()) + "; the limit is " + mib(limits.max_file_bytes));
    }
    const auto format = sniff_image_format(bytes);
    if (!format) return unexpected(std::string("not a PNG, JPEG, GIF or WebP image"));
    auto found = walk(*format, bytes, limits);
    if (!found) return found;
    const std::string size = image_bytes::size_text(static_cast<std::uint64_t>(found->width),
                                                    static_cast<std::uint64_t>(found->height));
    if (found->width <= 0 || found->height <= 0) return unexpected("the image is " + size + " pixels");
    if (found->width > limits.max_side || found->height > limits.max_side) {
        return unexpected("the image is " + size + " pixels; the limit is " + std::to_string(limits.max_side) +
                          " on a side");
    }
    if (std::int64_t{found->width} * found->height > limits.max_pixels) {
        return unexpected("the image is " + size + " pixels; the limit is " + megapixels(limits.max_pixels));
    }
    if (found->decode_pixels > limits.max_pixels) {
        return unexpected("decoding the " + size + " image needs as much memory as " +
                          megapixels(found->decode_pixels) + "; the limit is " + megapixels(limits.max_pixels));
    }
    return found;
}

}  // namespace kiosk
