// The hostile files, byte by byte, following each format's specification just far enough.
#include "tests/render/hostile_images.h"

#include <string>
#include <string_view>

namespace kiosk::test {
namespace {

void put(ImageBytes& b, std::string_view s) { b.insert(b.end(), s.begin(), s.end()); }
void put(ImageBytes& b, std::initializer_list<std::uint8_t> bytes) { b.insert(b.end(), bytes.begin(), bytes.end()); }
void be16(ImageBytes& b, std::uint32_t v) { put(b, {std::uint8_t(v >> 8), std::uint8_t(v)}); }
void be32(ImageBytes& b, std::uint32_t v) {
    be16(b, v >> 16);
    be16(b, v & 0xFFFF);
}
void le16(ImageBytes& b, std::uint32_t v) { put(b, {std::uint8_t(v), std::uint8_t(v >> 8)}); }
void le24(ImageBytes& b, std::uint32_t v) { put(b, {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16)}); }
void le32(ImageBytes& b, std::uint32_t v) {
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

const std::string_view kSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20000\" height=\"20000\">"
    "<rect width=\"20000\" height=\"20000\" fill=\"red\"/></svg>";

void jpeg_segment(ImageBytes& b, std::uint8_t marker, const ImageBytes& payload) {
    put(b, {0xFF, marker});
    be16(b, static_cast<std::uint32_t>(payload.size() + 2));
    b.insert(b.end(), payload.begin(), payload.end());
}

ImageBytes jpeg_frame(std::uint8_t sof, int width, int height, int components) {
    ImageBytes frame = {8};
    be16(frame, static_cast<std::uint32_t>(height));
    be16(frame, static_cast<std::uint32_t>(width));
    frame.push_back(static_cast<std::uint8_t>(components));
    for (int c = 1; c <= components; ++c) put(frame, {std::uint8_t(c), 0x11, 0});
    ImageBytes b;
    jpeg_segment(b, sof, frame);
    return b;
}

ImageBytes jpeg_with_comment(std::string_view comment) {
    ImageBytes b = {0xFF, 0xD8};
    jpeg_segment(b, 0xFE, ImageBytes(comment.begin(), comment.end()));
    const ImageBytes frame = jpeg_frame(0xC0, 100, 100, 3);
    b.insert(b.end(), frame.begin(), frame.end());
    return b;
}

ImageBytes gif_start(int width, int height) {
    ImageBytes b;
    put(b, "GIF89a");
    le16(b, static_cast<std::uint32_t>(width));
    le16(b, static_cast<std::uint32_t>(height));
    put(b, {0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF});  // a two-colour global table
    return b;
}

void gif_frame(ImageBytes& b, int width, int height) {
    put(b, {0x2C, 0, 0, 0, 0});
    le16(b, static_cast<std::uint32_t>(width));
    le16(b, static_cast<std::uint32_t>(height));
    put(b, {0x00, 0x02, 0x02, 0x4C, 0x01, 0x00});  // no local table; a clear code and an end code
}

void riff_chunk(ImageBytes& b, std::string_view fourcc, const ImageBytes& payload) {
    put(b, fourcc);
    le32(b, static_cast<std::uint32_t>(payload.size()));
    b.insert(b.end(), payload.begin(), payload.end());
    if (payload.size() % 2 != 0) b.push_back(0);
}

ImageBytes webp_file(const ImageBytes& chunks) {
    ImageBytes b;
    put(b, "RIFF");
    le32(b, static_cast<std::uint32_t>(chunks.size() + 4));
    put(b, "WEBP");
    b.insert(b.end(), chunks.begin(), chunks.end());
    return b;
}

ImageBytes vp8x(std::uint8_t flags, int width, int height) {
    ImageBytes p = {flags, 0, 0, 0};
    le24(p, static_cast<std::uint32_t>(width - 1));
    le24(p, static_cast<std::uint32_t>(height - 1));
    ImageBytes b;
    riff_chunk(b, "VP8X", p);
    return b;
}

ImageBytes vp8l(int width, int height) {
    ImageBytes p = {0x2F};
    le32(p, static_cast<std::uint32_t>(width - 1) | (static_cast<std::uint32_t>(height - 1) << 14));
    put(p, {0, 0, 0, 0});
    ImageBytes b;
    riff_chunk(b, "VP8L", p);
    return b;
}

}  // namespace

// The SVG padded so that the comment's length has no zero byte: SDL_image looks for "<svg" with
// strstr, which a zero before it would stop.
std::string padded_svg() { return std::string(kSvg) + std::string(290 - kSvg.size(), ' '); }

ImageBytes svg_in_jpeg_comment() { return jpeg_with_comment(padded_svg()); }

ImageBytes svg_in_jpeg_comment_with_scan() {
    ImageBytes b = jpeg_with_comment(padded_svg());
    jpeg_segment(b, 0xDA, {3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0});
    put(b, {0x12, 0x34, 0x56});
    return b;
}

ImageBytes gif_with_huge_first_frame() {
    ImageBytes b = gif_start(100, 100);
    gif_frame(b, 20000, 20000);
    b.push_back(0x3B);
    return b;
}

ImageBytes gif_with_frames(int frames) {
    ImageBytes b = gif_start(100, 100);
    for (int i = 0; i < frames; ++i) gif_frame(b, 1, 1);
    b.push_back(0x3B);
    return b;
}

ImageBytes progressive_jpeg_with_scans(int scans) {
    ImageBytes b = {0xFF, 0xD8};
    const ImageBytes frame = jpeg_frame(0xC2, 100, 100, 1);
    b.insert(b.end(), frame.begin(), frame.end());
    for (int i = 0; i < scans; ++i) {
        jpeg_segment(b, 0xDA, {1, 1, 0x00, 0, 0, 0});
        put(b, {0x00, 0x00});
    }
    put(b, {0xFF, 0xD9});
    return b;
}

ImageBytes progressive_jpeg(int width, int height) {
    ImageBytes b = {0xFF, 0xD8};
    const ImageBytes frame = jpeg_frame(0xC2, width, height, 3);
    b.insert(b.end(), frame.begin(), frame.end());
    jpeg_segment(b, 0xDA, {3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 0, 0});
    put(b, {0x00, 0xFF, 0xD9});
    return b;
}

ImageBytes webp_with_huge_frame() {
    ImageBytes chunks = vp8x(0x02, 100, 100);  // animated
    riff_chunk(chunks, "ANIM", {0, 0, 0, 0, 0, 0});
    ImageBytes frame;
    le24(frame, 0);
    le24(frame, 0);
    le24(frame, 16384 - 1);
    le24(frame, 16384 - 1);
    put(frame, {100, 0, 0, 0});
    const ImageBytes inner = vp8l(16384, 16384);
    frame.insert(frame.end(), inner.begin(), inner.end());
    riff_chunk(chunks, "ANMF", frame);
    return webp_file(chunks);
}

ImageBytes webp_canvas_smaller_than_bitstream() {
    ImageBytes chunks = vp8x(0x00, 100, 100);
    const ImageBytes inner = vp8l(16384, 16384);
    chunks.insert(chunks.end(), inner.begin(), inner.end());
    return webp_file(chunks);
}

ImageBytes png_with_trailing_svg() {
    ImageBytes b = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    be32(b, 13);
    put(b, "IHDR");
    be32(b, 100);
    be32(b, 100);
    put(b, {8, 6, 0, 0, 0, 0, 0, 0, 0});  // depth, colour type, methods, CRC
    put(b, kSvg);
    return b;
}

ImageBytes tga_20000() {
    ImageBytes b = {0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0};  // uncompressed true colour
    le16(b, 20000);
    le16(b, 20000);
    put(b, {32, 8});
    b.resize(b.size() + 64, 0x7F);
    return b;
}

ImageBytes bmp_20000() {
    ImageBytes b;
    put(b, "BM");
    le32(b, 0);
    le32(b, 0);
    le32(b, 54);
    le32(b, 40);
    le32(b, 20000);
    le32(b, 20000);
    le16(b, 1);
    le16(b, 32);
    b.resize(b.size() + 88, 0);
    return b;
}

ImageBytes xcf_20000() {
    ImageBytes b;
    put(b, std::string_view("gimp xcf file\0", 14));
    be32(b, 20000);
    be32(b, 20000);
    be32(b, 0);
    b.resize(b.size() + 64, 0);
    return b;
}

std::vector<HostileImage> hostile_images() {
    return {{"svg-comment.jpg", svg_in_jpeg_comment()},
            {"svg-comment-scan.jpg", svg_in_jpeg_comment_with_scan()},
            {"huge-frame.gif", gif_with_huge_first_frame()},
            {"many-frames.gif", gif_with_frames(5000)},
            {"many-scans.jpg", progressive_jpeg_with_scans(5000)},
            {"huge-progressive.jpg", progressive_jpeg(8000, 1500)},
            {"huge-frame.webp", webp_with_huge_frame()},
            {"small-canvas.webp", webp_canvas_smaller_than_bitstream()},
            {"trailing-svg.png", png_with_trailing_svg()},
            {"targa.png", tga_20000()},
            {"bitmap.png", bmp_20000()},
            {"gimp.png", xcf_20000()}};
}

}  // namespace kiosk::test
