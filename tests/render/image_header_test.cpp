// Tests for reading image sizes from header bytes, and for the limits applied before decoding.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/render/image_header.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

void put_be32(Bytes& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(v >> shift));
}

Bytes png_header(std::uint32_t w, std::uint32_t h) {
    Bytes b = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    put_be32(b, w);
    put_be32(b, h);
    const Bytes rest = {8, 6, 0, 0, 0, 0, 0, 0, 0};  // depth, colour type, methods, CRC
    b.insert(b.end(), rest.begin(), rest.end());
    return b;
}

// A JPEG start with an APP0 segment before the frame header, as cameras write them, then a
// three-component frame header, one scan and the end marker.
Bytes jpeg_header(std::uint8_t sof, std::uint16_t w, std::uint16_t h) {
    Bytes b = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    const Bytes frame = {0xFF, sof, 0x00, 0x11, 0x08, static_cast<std::uint8_t>(h >> 8), static_cast<std::uint8_t>(h),
                         static_cast<std::uint8_t>(w >> 8), static_cast<std::uint8_t>(w), 3, 1, 0x22, 0, 2, 0x11, 0, 3,
                         0x11, 0};
    const Bytes scan = {0xFF, 0xDA, 0x00, 0x0C, 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0, 0x12, 0x34, 0xFF, 0xD9};
    b.insert(b.end(), frame.begin(), frame.end());
    b.insert(b.end(), scan.begin(), scan.end());
    return b;
}

Bytes text_bytes(std::string_view s) { return Bytes(s.begin(), s.end()); }

}  // namespace

TEST_CASE("image header: a PNG's size comes from its IHDR chunk") {
    const auto info = kiosk::read_image_header(png_header(640, 480));
    REQUIRE(info.has_value());
    CHECK(info->format == kiosk::ImageFormat::Png);
    CHECK(info->width == 640);
    CHECK(info->height == 480);
}

TEST_CASE("image header: a JPEG's size comes from its frame header, after other segments") {
    for (std::uint8_t sof : {std::uint8_t{0xC0}, std::uint8_t{0xC2}}) {  // baseline and progressive
        const auto info = kiosk::read_image_header(jpeg_header(sof, 1024, 768));
        REQUIRE(info.has_value());
        CHECK(info->format == kiosk::ImageFormat::Jpeg);
        CHECK(info->width == 1024);
        CHECK(info->height == 768);
    }
}

TEST_CASE("image header: a JPEG whose Huffman table comes before the frame is not mistaken for a frame") {
    Bytes b = {0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00};
    const Bytes rest = jpeg_header(0xC0, 300, 200);
    b.insert(b.end(), rest.begin() + 2, rest.end());
    const auto info = kiosk::read_image_header(b);
    REQUIRE(info.has_value());
    CHECK(info->width == 300);
    CHECK(info->height == 200);
}

TEST_CASE("image header: a JPEG cut short before its first scan has no size") {
    const Bytes full = jpeg_header(0xC0, 100, 100);
    for (std::size_t n = 0; n < full.size() - 4; ++n) {
        CHECK_FALSE(kiosk::read_image_header(Bytes(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n))));
    }
}

TEST_CASE("image header: a segment length pointing past the end is not followed") {
    const Bytes b = {0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x00};
    CHECK_FALSE(kiosk::read_image_header(b).has_value());
}

TEST_CASE("image header: GIF and WebP sizes are read too") {
    const Bytes gif = {'G', 'I', 'F', '8', '9', 'a', 0x2C, 0x01, 0xC8, 0x00, 0x00, 0x00, 0x00, 0x3B};
    const auto g = kiosk::read_image_header(gif);
    REQUIRE(g.has_value());
    CHECK(g->format == kiosk::ImageFormat::Gif);
    CHECK(g->width == 300);
    CHECK(g->height == 200);

    Bytes vp8x = text_bytes(std::string_view("RIFF\x16\0\0\0WEBPVP8X\x0A\0\0\0", 20));
    vp8x.resize(30, 0);
    vp8x[24] = 0x7F;  // width - 1 = 0x7F -> 128
    vp8x[27] = 0x3F;  // height - 1 = 0x3F -> 64
    const auto w = kiosk::read_image_header(vp8x);
    REQUIRE(w.has_value());
    CHECK(w->format == kiosk::ImageFormat::Webp);
    CHECK(w->width == 128);
    CHECK(w->height == 64);
}

TEST_CASE("image header: text, empty input and a bare signature are not images") {
    CHECK_FALSE(kiosk::read_image_header(text_bytes("<html>not found</html>")));
    CHECK_FALSE(kiosk::read_image_header(Bytes{}));
    CHECK_FALSE(kiosk::read_image_header(Bytes{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
}

TEST_CASE("image limits: a 20000x20000 PNG is refused from its header alone") {
    const auto checked = kiosk::check_image(png_header(20000, 20000), kiosk::ImageLimits{});
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().message.find("20000x20000") != std::string::npos);
}

TEST_CASE("image limits: too many megapixels is refused even when each side is allowed") {
    const auto checked = kiosk::check_image(png_header(8000, 8000), kiosk::ImageLimits{});
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().message.find("megapixels") != std::string::npos);
}

TEST_CASE("image limits: an ordinary photo passes, a zero-sized one does not") {
    CHECK(kiosk::check_image(jpeg_header(0xC0, 4000, 3000), kiosk::ImageLimits{}).has_value());
    CHECK_FALSE(kiosk::check_image(png_header(0, 10), kiosk::ImageLimits{}).has_value());
}

TEST_CASE("image limits: a file over the byte limit is refused") {
    kiosk::ImageLimits limits;
    limits.max_file_bytes = 16;
    CHECK_FALSE(kiosk::check_image(png_header(10, 10), limits).has_value());
}
