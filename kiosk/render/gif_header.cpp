// The GIF walk: every block to the trailer (extensions and their sub-blocks, colour tables, image
// descriptors), so that each frame's size and place is checked, not only the logical screen's:
// the decoder allocates each frame at the size its own descriptor gives.
#include "kiosk/render/image_bytes.h"

namespace kiosk::image_bytes {
namespace {

constexpr std::uint8_t kExtension = 0x21;
constexpr std::uint8_t kImage = 0x2C;
constexpr std::uint8_t kTrailer = 0x3B;

std::size_t colour_table_bytes(std::uint8_t packed) {
    return (packed & 0x80) != 0 ? std::size_t{3} << ((packed & 0x07) + 1) : 0;
}

// The position after a chain of data sub-blocks (a length byte, then that many bytes, ended by
// a zero length); past the end of `b` when the chain is cut short.
std::size_t skip_sub_blocks(Bytes b, std::size_t pos) {
    while (pos < b.size()) {
        const std::size_t n = b[pos++];
        if (n == 0) return pos;
        pos += n;
    }
    return b.size() + 1;
}

struct Walk {
    int frames = 0;
    std::int64_t largest_frame = 0;
};

// Reads the image descriptor at `pos` (just after its 0x2C) and returns the position after the
// frame's data, or a reason to refuse the frame.
Result<std::size_t> read_frame(Bytes b, std::size_t pos, Walk& walk, const ImageLimits& limits) {
    if (!has(b, pos, 9)) return b.size() + 1;
    const std::string what = "GIF frame " + std::to_string(walk.frames + 1);
    if (++walk.frames > limits.max_frames) {
        return unexpected("the GIF has more than " + std::to_string(limits.max_frames) + " frames");
    }
    const std::uint32_t w = le16(b, pos + 4);
    const std::uint32_t h = le16(b, pos + 6);
    if (auto problem = frame_problem(what, le16(b, pos), le16(b, pos + 2), w, h, limits); !problem.empty()) {
        return unexpected(problem);
    }
    walk.largest_frame = std::max(walk.largest_frame, area(w, h));
    pos += 9 + colour_table_bytes(b[pos + 8]);
    return skip_sub_blocks(b, pos + 1);  // after the LZW minimum code size
}

}  // namespace

// A file cut short is left to the decoder (every frame it can reach has been checked); a block
// that is none of the three kinds is refused, since the decoder would guess at it.
Checked walk_gif(Bytes b, const ImageLimits& limits) {
    if (!has(b, 0, 13)) return unexpected(std::string("the GIF is cut short in its header"));
    const std::uint32_t screen_w = le16(b, 6);
    const std::uint32_t screen_h = le16(b, 8);
    Walk walk;
    std::size_t pos = 13 + colour_table_bytes(b[10]);
    while (pos < b.size()) {
        const std::uint8_t block = b[pos++];
        if (block == kTrailer) break;
        if (block == kExtension) {
            pos = skip_sub_blocks(b, pos + 1);  // after the extension's label
        } else if (block == kImage) {
            auto next = read_frame(b, pos, walk, limits);
            if (!next) return unexpected(next.error());
            pos = *next;
        } else {
            return unexpected("the GIF has an unknown block at byte " + std::to_string(pos - 1));
        }
    }
    return ImageInfo{ImageFormat::Gif, to_int(screen_w), to_int(screen_h), area(screen_w, screen_h) + walk.largest_frame};
}

}  // namespace kiosk::image_bytes
