// Checking an image file from its bytes alone: its format, and every size in it that decides how
// much memory a decoder allocates, so oversized, hostile or unknown files are refused before any
// decoder sees them. Pure byte arithmetic with bounds checks; the walk of each format is in its
// own file (png_header.cpp, jpeg_header.cpp, gif_header.cpp, webp_header.cpp).
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
    int width = 0;   // the picture (the canvas of a GIF or an extended WebP)
    int height = 0;
    // What decoding the whole picture costs, in 4-byte pixels: its ARGB form, or the decoder's own
    // whole-image buffers when larger (a progressive JPEG's coefficients), or both (a lossless
    // WebP's pixels, a GIF's frame and canvas). Charged to a slide's budget, which so bounds its
    // decoding time; shrinking while decoding usually costs far less memory than this.
    std::int64_t decode_pixels = 0;
};

// What the kiosk agrees to decode. The figures fit a 4K screen (3840x2160, 8.3 megapixels) on a
// board with about 1 GiB and a 150 MiB bound for the whole process:
// - a photo is never shown larger than the screen, so 12.6 megapixels (a 4096x3072 camera photo,
//   more than any phone's 12 MP) is more than enough; it is shrunk while it decodes to about the
//   size it is shown at (image_decode.h), so only a progressive JPEG's coefficients (about 3 bytes
//   a pixel) or an interlaced PNG (4 bytes a pixel) are ever held at full size;
// - a slide shows at most a few photos (a speaker, a post's image, a logo), so 25 megapixels per
//   slide lets two full camera photos through; images are decoded one after another, so this
//   bounds the decoding time of a slide (about a second on a Pi-class board) rather than memory;
// - 8192 on a side covers panoramas; a 16 MiB file is far more than a photo needs;
// - an animated GIF or WebP shows only its first frame, but every frame is checked, and more
//   than 1,000 frames, or a JPEG with more than 64 scans (a progressive one has about 10; each
//   scan is another pass over the whole image), is refused.
struct ImageLimits {
    std::size_t max_file_bytes = 16u * 1024u * 1024u;
    int max_side = 8192;
    std::int64_t max_pixels = 12'600'000;
    std::int64_t max_slide_pixels = 25'200'000;
    int max_frames = 1000;
    int max_jpeg_scans = 64;
};

// The format named by the file's signature, whatever else the bytes hold; nullopt for anything
// but PNG, JPEG, GIF and WebP.
std::optional<ImageFormat> sniff_image_format(std::span<const std::uint8_t> bytes);

// The format and size declared in the header of a PNG, JPEG, GIF or WebP file; nullopt when
// the bytes are not one of these or are malformed. Applies no limits. Never reads past `bytes`.
std::optional<ImageInfo> read_image_header(std::span<const std::uint8_t> bytes);

// The file's info when the whole structure of the file is sound and every size in it is within
// `limits`, or a one-line reason to refuse it.
Result<ImageInfo> check_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits);

}  // namespace kiosk
