// Picking the decoder by the checked format.
#include "kiosk/render/image_decode.h"

namespace kiosk {

bool within_limits(std::int64_t width, std::int64_t height, const ImageLimits& limits) {
    return width > 0 && height > 0 && width <= limits.max_side && height <= limits.max_side &&
           width * height <= limits.max_pixels;
}

Result<PixelBuffer> decode_to_cover(std::span<const std::uint8_t> bytes, const ImageInfo& info, Size cover,
                                    const ImageLimits& limits) {
    switch (info.format) {
        case ImageFormat::Jpeg: return decode_jpeg(bytes, cover, limits);
        case ImageFormat::Png: return decode_png(bytes, cover, limits);
        case ImageFormat::Webp: return decode_webp(bytes, cover, limits);
        case ImageFormat::Gif: return decode_gif(bytes, cover, limits);
    }
    return unexpected(std::string("unknown image format"));
}

}  // namespace kiosk
