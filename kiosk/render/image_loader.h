// Loading photos from disk safely: size-limited read, a check of the whole file's structure and
// sizes before decoding, decoding with the one decoder of the format the check found (shrinking
// as it decodes, image_decode.h), then scaling to the exact size they are drawn at.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/pixel_buffer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

// A file read and checked, not yet decoded: its info says what decoding it will cost.
struct CheckedImage {
    std::vector<std::uint8_t> bytes;
    ImageInfo info;
};

// The file's bytes and info, or a one-line reason to refuse it: unreadable, larger than the
// limits (checked from the bytes, before any pixel memory is allocated), or not an image.
Result<CheckedImage> read_image_file(const std::string& path, const ImageLimits& limits);

// The checked image decoded whole to ARGB pixels by its own format's decoder (never SDL_image's
// guess from the bytes), or the decoder's reason for refusing it (broken or truncated data).
Result<PixelBuffer> decode_image(CheckedImage image, const ImageLimits& limits);

// read_image_file, then decode_image.
Result<PixelBuffer> decode_image_file(const std::string& path, const ImageLimits& limits);

// The pixels of an unlocked ARGB8888 surface, as decode_image returns.
PixelView view_of(const SDL_Surface& surface);

// The checked image decoded, scaled to cover width x height, cropped centred, and masked to a
// circle if asked.
Result<PixelBuffer> photo_from(CheckedImage image, int width, int height, bool circle, const ImageLimits& limits);

// read_image_file, then photo_from.
Result<PixelBuffer> load_photo(const std::string& path, int width, int height, bool circle, const ImageLimits& limits);

// A surface that shares `pixels` (which must outlive it), for handing pixels to SDL without a copy.
SurfacePtr wrap_pixels(PixelBuffer& pixels);

}  // namespace kiosk
