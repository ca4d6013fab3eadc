// Loading photos from disk safely: size-limited read, header check before decoding, decoding
// with SDL_image, then scaling to the exact size they are drawn at.
#pragma once

#include <string>

#include "kiosk/base/result.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/pixel_buffer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {

// The file decoded to an ARGB8888 surface, or a one-line reason why it was refused: unreadable,
// larger than the limits (checked from the header, before any pixel memory is allocated), not an
// image, or rejected by the decoder (broken or truncated data).
Result<SurfacePtr, std::string> decode_image_file(const std::string& path, const ImageLimits& limits);

// The pixels of an unlocked ARGB8888 surface, as decode_image_file returns.
PixelView view_of(const SDL_Surface& surface);

// The photo scaled to cover width x height, cropped centred, and masked to a circle if asked.
Result<PixelBuffer, std::string> load_photo(const std::string& path, int width, int height, bool circle,
                                            const ImageLimits& limits);

// A surface that shares `pixels` (which must outlive it), for handing pixels to SDL without a copy.
SurfacePtr wrap_pixels(PixelBuffer& pixels);

}  // namespace kiosk
