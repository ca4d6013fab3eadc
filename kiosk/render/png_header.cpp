// The PNG walk: the IHDR size, then every chunk's length checked against the file, so that a
// signature followed by other content (an SVG, an HTML page) is refused as what it is.
#include "kiosk/render/image_bytes.h"

namespace kiosk::image_bytes {
namespace {

constexpr std::uint32_t kMaxChunk = 0x7FFFFFFF;  // the PNG specification's own bound

bool is_letter(std::uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

bool is_chunk_type(Bytes b, std::size_t at) {
    return is_letter(b[at]) && is_letter(b[at + 1]) && is_letter(b[at + 2]) && is_letter(b[at + 3]);
}

}  // namespace

// Data after IEND is never read by libpng, so it is allowed; a file that simply stops at a chunk
// boundary is left to the decoder, which refuses it without allocating more than IHDR says.
Checked walk_png(Bytes b, const ImageLimits&) {
    if (!has(b, 8, 25) || be32(b, 8) != 13 || !starts_with(b, 12, "IHDR")) {
        return unexpected(std::string("the PNG has no image header (IHDR) or is cut short"));
    }
    const std::uint32_t w = be32(b, 16);
    const std::uint32_t h = be32(b, 20);
    std::size_t pos = 33;
    while (pos < b.size()) {
        if (!has(b, pos, 8)) return unexpected(std::string("the PNG is cut short in a chunk header"));
        const std::uint32_t length = be32(b, pos);
        if (length > kMaxChunk || !is_chunk_type(b, pos + 4)) {
            return unexpected("the PNG has a malformed chunk at byte " + std::to_string(pos));
        }
        if (!has(b, pos + 8, std::size_t{length} + 4)) {
            return unexpected("a PNG chunk at byte " + std::to_string(pos) + " runs past the end of the file");
        }
        if (starts_with(b, pos + 4, "IEND")) break;
        pos += 12 + std::size_t{length};
    }
    return ImageInfo{ImageFormat::Png, to_int(w), to_int(h), area(w, h)};
}

}  // namespace kiosk::image_bytes
