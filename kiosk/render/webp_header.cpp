// The WebP walk: the RIFF chunks to the end of the file; the canvas of an extended file (VP8X),
// every animation frame (ANMF) and the size inside every VP8 and VP8L bitstream, which is what
// libwebp allocates from, and which must agree with the canvas or frame that holds it.
#include "kiosk/render/image_bytes.h"

namespace kiosk::image_bytes {
namespace {

struct Size {
    std::uint32_t w = 0;
    std::uint32_t h = 0;
    bool lossless = false;
};

struct Chunk {
    std::size_t payload = 0;  // where its data starts
    std::uint32_t size = 0;
};

// The chunk whose header is at `pos`, when the chunk lies inside the first `end` bytes.
std::optional<Chunk> chunk_at(Bytes b, std::size_t pos, std::size_t end) {
    if (pos > end || !has(b, pos, 8) || end - pos < 8) return std::nullopt;
    const std::uint32_t size = le32(b, pos + 4);
    if (size > end - pos - 8) return std::nullopt;
    return Chunk{pos + 8, size};
}

std::size_t after(const Chunk& c) { return c.payload + c.size + (c.size & 1u); }

// The size a VP8 (lossy) or VP8L (lossless) bitstream declares; nullopt for any other chunk,
// or a reason to refuse a malformed one.
Result<std::optional<Size>> bitstream_size(Bytes b, std::size_t header) {
    const Chunk c{header + 8, le32(b, header + 4)};
    if (starts_with(b, header, "VP8 ")) {
        if (c.size < 10 || b[c.payload + 3] != 0x9D || b[c.payload + 4] != 0x01 || b[c.payload + 5] != 0x2A ||
            (b[c.payload] & 1u) != 0) {
            return unexpected(std::string("the WebP has a malformed lossy bitstream"));
        }
        return std::optional<Size>(Size{le16(b, c.payload + 6) & 0x3FFFu, le16(b, c.payload + 8) & 0x3FFFu, false});
    }
    if (starts_with(b, header, "VP8L")) {
        if (c.size < 5 || b[c.payload] != 0x2F) return unexpected(std::string("the WebP has a malformed lossless bitstream"));
        const std::uint32_t bits = le32(b, c.payload + 1);
        return std::optional<Size>(Size{(bits & 0x3FFFu) + 1, ((bits >> 14) & 0x3FFFu) + 1, true});
    }
    return std::optional<Size>();
}

// Checks the bitstreams among the chunks in [pos, end) against width x height; the size of the
// last one found, for the decoder's cost.
Result<Size> check_bitstreams(Bytes b, std::size_t pos, std::size_t end, std::uint32_t width, std::uint32_t height,
                              const std::string& what) {
    Size found;
    while (pos < end) {
        const auto c = chunk_at(b, pos, end);
        if (!c) return unexpected("the WebP has a chunk that runs past its end (" + what + ")");
        auto size = bitstream_size(b, pos);
        if (!size) return unexpected(size.error());
        if (*size) {
            if ((*size)->w != width || (*size)->h != height) {
                return unexpected("the WebP " + what + " is " + size_text(width, height) + " but holds a " +
                                  size_text((*size)->w, (*size)->h) + " bitstream");
            }
            found = **size;
        }
        pos = after(*c);
    }
    return found;
}

// A lossless bitstream is decoded into a whole-image buffer of its own before the output.
std::int64_t cost(const Size& s) { return area(s.w, s.h) * (s.lossless ? 2 : 1); }

Result<std::int64_t> check_frame(Bytes b, const Chunk& c, std::uint32_t canvas_w, std::uint32_t canvas_h, int index,
                                 const ImageLimits& limits) {
    if (c.size < 16) return unexpected(std::string("the WebP has a malformed animation frame"));
    const std::string what = "WebP frame " + std::to_string(index);
    const std::uint64_t x = std::uint64_t{le24(b, c.payload)} * 2;
    const std::uint64_t y = std::uint64_t{le24(b, c.payload + 3)} * 2;
    const std::uint32_t w = le24(b, c.payload + 6) + 1;
    const std::uint32_t h = le24(b, c.payload + 9) + 1;
    if (auto problem = frame_problem(what, x, y, w, h, limits); !problem.empty()) return unexpected(problem);
    if (x + w > canvas_w || y + h > canvas_h) {
        return unexpected(what + " (" + size_text(w, h) + ") extends past the " + size_text(canvas_w, canvas_h) +
                          " canvas");
    }
    auto inner = check_bitstreams(b, c.payload + 16, c.payload + c.size, w, h, "frame " + std::to_string(index));
    if (!inner) return unexpected(inner.error());
    return cost(*inner);
}

Checked walk_extended(Bytes b, const Chunk& header, std::size_t end, const ImageLimits& limits) {
    if (header.size < 10) return unexpected(std::string("the WebP extended header is malformed"));
    const std::uint32_t w = le24(b, header.payload + 4) + 1;
    const std::uint32_t h = le24(b, header.payload + 7) + 1;
    std::int64_t largest = 0;
    int frames = 0;
    for (std::size_t pos = after(header); pos < end;) {
        const auto c = chunk_at(b, pos, end);
        if (!c) return unexpected(std::string("the WebP has a chunk that runs past its end"));
        if (starts_with(b, pos, "ANMF")) {
            if (++frames > limits.max_frames) {
                return unexpected("the WebP has more than " + std::to_string(limits.max_frames) + " frames");
            }
            auto frame_cost = check_frame(b, *c, w, h, frames, limits);
            if (!frame_cost) return unexpected(frame_cost.error());
            largest = std::max(largest, *frame_cost);
        } else {
            auto still = check_bitstreams(b, pos, after(*c), w, h, "canvas");
            if (!still) return unexpected(still.error());
            largest = std::max(largest, cost(*still));
        }
        pos = after(*c);
    }
    return ImageInfo{ImageFormat::Webp, to_int(w), to_int(h), area(w, h) + largest};
}

}  // namespace

Checked walk_webp(Bytes b, const ImageLimits& limits) {
    if (!has(b, 0, 12)) return unexpected(std::string("the WebP is cut short"));
    const std::uint64_t riff_end = std::uint64_t{le32(b, 4)} + 8;
    if (riff_end > b.size()) return unexpected(std::string("the WebP is cut short"));
    const auto end = static_cast<std::size_t>(riff_end);
    const auto first = chunk_at(b, 12, end);
    if (!first) return unexpected(std::string("the WebP is cut short in its first chunk"));
    if (starts_with(b, 12, "VP8X")) return walk_extended(b, *first, end, limits);
    auto size = bitstream_size(b, 12);
    if (!size) return unexpected(size.error());
    if (!*size) return unexpected(std::string("the WebP starts with an unknown chunk"));
    const Size s = **size;
    return ImageInfo{ImageFormat::Webp, to_int(s.w), to_int(s.h), cost(s)};
}

}  // namespace kiosk::image_bytes
