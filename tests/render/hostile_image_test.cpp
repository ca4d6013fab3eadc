// Hostile image files are refused by the header check, before any decoder sees them, and the
// loader never hands fetched bytes to a loader of another format than the one checked.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <fstream>
#include <string>

#include "kiosk/render/image_header.h"
#include "kiosk/render/image_loader.h"
#include "kiosk/render/sdl_library.h"
#include "tests/render/hostile_images.h"
#include "tests/support/test_paths.h"

namespace {

using kiosk::test::ImageBytes;

std::string refusal(const ImageBytes& bytes) {
    const auto checked = kiosk::check_image(bytes, kiosk::ImageLimits{});
    return checked ? std::string() : checked.error().message;
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string write_bytes(const std::string& path, const ImageBytes& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

}  // namespace

TEST_CASE("hostile images: a JPEG whose comment holds an SVG and which has no scan is refused") {
    const ImageBytes jpeg = kiosk::test::svg_in_jpeg_comment();
    CHECK(jpeg.size() < 400);
    CHECK(mentions(refusal(jpeg), "no scan"));
}

TEST_CASE("hostile images: a GIF whose first frame is larger than its logical screen is refused by the frame's size") {
    const std::string why = refusal(kiosk::test::gif_with_huge_first_frame());
    CHECK(mentions(why, "GIF frame 1 is 20000x20000"));
}

TEST_CASE("hostile images: a GIF with more frames than the limit is refused; one within it passes") {
    CHECK(mentions(refusal(kiosk::test::gif_with_frames(5000)), "more than 1000 frames"));
    CHECK(refusal(kiosk::test::gif_with_frames(20)).empty());
}

TEST_CASE("hostile images: a progressive JPEG with thousands of scans is refused; ten scans pass") {
    CHECK(mentions(refusal(kiosk::test::progressive_jpeg_with_scans(5000)), "more than 64 scans"));
    CHECK(refusal(kiosk::test::progressive_jpeg_with_scans(10)).empty());
}

TEST_CASE("hostile images: a progressive JPEG is charged for libjpeg's whole-image coefficients") {
    // 12 megapixels pass as a baseline photo, but not three full-size components of coefficients
    // (6 bytes a pixel, the 1500 rows padded to 188 rows of 8x8 blocks), alive with the output.
    const auto info = kiosk::read_image_header(kiosk::test::progressive_jpeg(8000, 1500));
    REQUIRE(info.has_value());
    CHECK(info->decode_pixels == 3 * 1000 * 188 * 64 * 2 / 4);
    CHECK(mentions(refusal(kiosk::test::progressive_jpeg(8000, 1500)), "decoding the 8000x1500 image"));
}

TEST_CASE("hostile images: a WebP frame larger than its canvas is refused, and so is a canvas holding a larger bitstream") {
    CHECK(mentions(refusal(kiosk::test::webp_with_huge_frame()), "WebP frame 1 is 16384x16384"));
    CHECK(mentions(refusal(kiosk::test::webp_canvas_smaller_than_bitstream()),
                   "canvas is 100x100 but holds a 16384x16384 bitstream"));
}

TEST_CASE("hostile images: a PNG signature followed by an SVG is refused at its first chunk") {
    CHECK(mentions(refusal(kiosk::test::png_with_trailing_svg()), "malformed chunk"));
}

TEST_CASE("hostile images: TGA, BMP and XCF files named .png are not images the kiosk decodes") {
    for (const ImageBytes& bytes : {kiosk::test::tga_20000(), kiosk::test::bmp_20000(), kiosk::test::xcf_20000()}) {
        CHECK(mentions(refusal(bytes), "not a PNG, JPEG, GIF or WebP image"));
    }
}

TEST_CASE("hostile images: a JPEG with an SVG comment and a scan is decoded as the JPEG it claims to be, or refused") {
    // The header check accepts it; SDL_image's sniffing would call it an SVG, since its own JPEG
    // test wants an end marker. The JPEG loader refuses the broken scan instead.
    REQUIRE(refusal(kiosk::test::svg_in_jpeg_comment_with_scan()).empty());
    auto sdl = kiosk::SdlLibrary::create(0);
    auto img = kiosk::ImageLibrary::create();
    REQUIRE(sdl.has_value());
    REQUIRE(img.has_value());
    const std::string dir = kiosk::test::make_temp_dir("img-svg-scan");
    const auto decoded = kiosk::decode_image_file(
        write_bytes(dir + "/photo.jpg", kiosk::test::svg_in_jpeg_comment_with_scan()), kiosk::ImageLimits{});
    if (decoded) {
        CHECK(decoded->width() == 100);
        CHECK(decoded->height() == 100);
    } else {
        CHECK(mentions(decoded.error().message, "cannot decode it"));
    }
}

TEST_CASE("hostile images: every hostile file is refused by the loader with a reason") {
    auto sdl = kiosk::SdlLibrary::create(0);
    auto img = kiosk::ImageLibrary::create();
    REQUIRE(sdl.has_value());
    REQUIRE(img.has_value());
    const std::string dir = kiosk::test::make_temp_dir("img-hostile");
    for (const auto& hostile : kiosk::test::hostile_images()) {
        CAPTURE(hostile.name);
        const auto photo = kiosk::load_photo(write_bytes(dir + "/" + hostile.name, hostile.bytes), 200, 200, true, {});
        REQUIRE_FALSE(photo.has_value());
        CHECK_FALSE(photo.error().message.empty());
    }
}
