// The JPEG walk: every marker segment and every scan, to the end of the image. libjpeg allocates
// from the frame header (SOF), and a progressive or multi-scan JPEG keeps the coefficients of the
// whole image in memory and passes over them once per scan, so both are counted here.
#include <optional>
#include <vector>

#include "kiosk/render/image_bytes.h"

namespace kiosk::image_bytes {
namespace {

struct Component {
    std::uint32_t h = 1;  // sampling factors, 1 to 4
    std::uint32_t v = 1;
};

struct Frame {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    bool progressive = false;
    std::vector<Component> components;
};

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC
// (arithmetic coding) share the range but are not frames.
bool is_start_of_frame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool is_progressive(std::uint8_t marker) { return marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE; }

// Markers that stand alone, without a length field.
bool is_standalone(std::uint8_t marker) { return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8); }

Result<Frame> read_frame(Bytes b, std::size_t pos, std::uint32_t length, std::uint8_t marker) {
    if (length < 8) return unexpected(std::string("the JPEG frame header is malformed"));
    Frame frame{be16(b, pos + 5), be16(b, pos + 3), is_progressive(marker), {}};
    const std::uint32_t count = b[pos + 7];
    if (count == 0 || count > 4 || length < 8 + 3 * count) {
        return unexpected("the JPEG frame header names " + std::to_string(count) + " components");
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint8_t factors = b[pos + 9 + 3 * i];
        const Component c{std::uint32_t{factors} >> 4, std::uint32_t{factors} & 0xFu};
        if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4) return unexpected(std::string("the JPEG sampling is malformed"));
        frame.components.push_back(c);
    }
    return frame;
}

std::uint64_t ceil_div(std::uint64_t a, std::uint64_t b) { return (a + b - 1) / b; }
std::uint64_t round_up(std::uint64_t a, std::uint64_t b) { return ceil_div(a, b) * b; }

// libjpeg's whole-image coefficient buffer, in 4-byte pixels: 64 two-byte coefficients per 8x8
// block of each component, the blocks padded to whole MCUs as jdcoefct.c allocates them.
std::int64_t coefficient_pixels(const Frame& f) {
    std::uint64_t hmax = 1, vmax = 1;
    for (const Component& c : f.components) {
        hmax = std::max<std::uint64_t>(hmax, c.h);
        vmax = std::max<std::uint64_t>(vmax, c.v);
    }
    std::uint64_t bytes = 0;
    for (const Component& c : f.components) {
        const std::uint64_t blocks_w = round_up(ceil_div(ceil_div(std::uint64_t{f.width} * c.h, hmax), 8), c.h);
        const std::uint64_t blocks_h = round_up(ceil_div(ceil_div(std::uint64_t{f.height} * c.v, vmax), 8), c.v);
        bytes += blocks_w * blocks_h * 128;
    }
    return static_cast<std::int64_t>(bytes / 4);
}

// The position of the marker that ends the entropy-coded data starting at `pos`: the first 0xFF
// followed by neither a stuffed zero, a restart marker nor more fill bytes. The end of the bytes
// when there is none.
std::size_t skip_entropy_data(Bytes b, std::size_t pos) {
    for (; pos + 1 < b.size(); ++pos) {
        if (b[pos] != 0xFF) continue;
        const std::uint8_t next = b[pos + 1];
        if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) return pos;
    }
    return b.size();
}

Checked finish(const std::optional<Frame>& frame, int scans) {
    if (!frame) return unexpected(std::string("the JPEG has no frame header or is cut short before it"));
    if (scans == 0) return unexpected(std::string("the JPEG has no image data (no scan)"));
    // The coefficients are freed before the kiosk makes its ARGB copy of the output, so the
    // decoder's peak is the output plus whichever of the two is larger.
    std::int64_t cost = area(frame->width, frame->height);
    if (frame->progressive || scans > 1) cost = std::max(cost, coefficient_pixels(*frame));
    return ImageInfo{ImageFormat::Jpeg, to_int(frame->width), to_int(frame->height), cost};
}

}  // namespace

// A file that stops after its first scan has begun is left to libjpeg, which fills in the rest:
// it allocates no more than the frame header says, and that has been checked.
Checked walk_jpeg(Bytes b, const ImageLimits& limits) {
    std::optional<Frame> frame;
    int scans = 0;
    std::size_t pos = 2;
    while (pos < b.size()) {
        if (b[pos] != 0xFF) return unexpected("the JPEG has stray data at byte " + std::to_string(pos));
        while (pos < b.size() && b[pos] == 0xFF) ++pos;  // fill bytes
        if (pos >= b.size()) break;
        const std::uint8_t marker = b[pos++];
        if (marker == 0xD9) break;  // the end of the image; whatever follows (a motion photo's video) is not read
        if (is_standalone(marker)) continue;
        if (!has(b, pos, 2)) break;
        const std::uint32_t length = be16(b, pos);
        if (length < 2) return unexpected("the JPEG has a malformed segment at byte " + std::to_string(pos - 2));
        if (!has(b, pos, length)) break;
        if (is_start_of_frame(marker)) {
            if (frame) return unexpected(std::string("the JPEG has more than one frame header"));
            auto read = read_frame(b, pos, length, marker);
            if (!read) return unexpected(read.error());
            frame = std::move(read).value();
        } else if (marker == 0xDA) {
            if (!frame) return unexpected(std::string("the JPEG has a scan before its frame header"));
            if (++scans > limits.max_jpeg_scans) {
                return unexpected("the JPEG has more than " + std::to_string(limits.max_jpeg_scans) + " scans");
            }
            pos = skip_entropy_data(b, pos + length);
            continue;
        }
        pos += length;
    }
    return finish(frame, scans);
}

}  // namespace kiosk::image_bytes
