// The decoders behind every photo: each variant of each format decodes with its colours in place,
// whole or shrunk while decoding to cover a smaller box, and broken data is refused with a reason.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/render/row_reducer.h"
#include "tests/render/image_writers.h"

namespace {

using kiosk::argb;
using kiosk::PixelBuffer;
using kiosk::test::FileBytes;

const std::uint32_t kRed = argb(255, 255, 0, 0), kGreen = argb(255, 0, 255, 0), kBlue = argb(255, 0, 0, 255);
const std::uint32_t kWhite = argb(255, 255, 255, 255), kClear = 0;

struct Variant {
    std::string name;
    FileBytes bytes;
    bool keeps_alpha = false;  // the bottom right quadrant is transparent
    bool grey = false;
    int tolerance = 0;  // per channel, for lossy formats
};

std::vector<Variant> variants(int width, int height) {
    const PixelBuffer opaque = kiosk::test::quadrants(width, height);
    const PixelBuffer clear_corner = kiosk::test::quadrants(width, height, kClear);
    using kiosk::test::JpegKind;
    using kiosk::test::PngKind;
    return {
        {"PNG RGBA", kiosk::test::png_bytes(clear_corner, PngKind::Rgba), true, false, 0},
        {"PNG interlaced", kiosk::test::png_bytes(clear_corner, PngKind::Interlaced), true, false, 0},
        {"PNG palette with transparency", kiosk::test::png_bytes(clear_corner, PngKind::PaletteWithTransparency),
         true, false, 0},
        {"PNG 16-bit grey", kiosk::test::png_bytes(opaque, PngKind::Grey16), false, true, 1},
        {"JPEG", kiosk::test::jpeg_bytes(opaque, JpegKind::Colour), false, false, 40},
        {"JPEG progressive", kiosk::test::jpeg_bytes(opaque, JpegKind::Progressive), false, false, 40},
        {"JPEG grey", kiosk::test::jpeg_bytes(opaque, JpegKind::Grey), false, true, 40},
        {"JPEG Adobe CMYK", kiosk::test::jpeg_bytes(opaque, JpegKind::AdobeCmyk), false, false, 40},
        {"WebP lossy", kiosk::test::webp_lossy_bytes(opaque), false, false, 40},
        {"WebP lossless", kiosk::test::webp_lossless_bytes(clear_corner), true, false, 0},
        {"GIF", kiosk::test::gif_bytes(clear_corner), true, false, 0},
    };
}

std::uint32_t grey_of(std::uint32_t p) {
    const std::uint32_t g = (kiosk::red_of(p) * 299u + kiosk::green_of(p) * 587u + kiosk::blue_of(p) * 114u) / 1000u;
    return argb(255, g, g, g);
}

bool close(std::uint32_t got, std::uint32_t want, int tolerance) {
    if (kiosk::alpha_of(want) == 0) return kiosk::alpha_of(got) == 0;
    const auto near = [tolerance](std::uint32_t a, std::uint32_t b) {
        return std::abs(static_cast<int>(a) - static_cast<int>(b)) <= tolerance;
    };
    return near(kiosk::alpha_of(got), kiosk::alpha_of(want)) && near(kiosk::red_of(got), kiosk::red_of(want)) &&
           near(kiosk::green_of(got), kiosk::green_of(want)) && near(kiosk::blue_of(got), kiosk::blue_of(want));
}

// The middle of each quadrant has the quadrant's colour.
void check_quadrants(const PixelBuffer& image, const Variant& v) {
    const int w = image.width(), h = image.height();
    const std::uint32_t corner = v.keeps_alpha ? kClear : kWhite;
    const auto want = [&v](std::uint32_t p) { return v.grey ? grey_of(p) : p; };
    CHECK(close(image.at(w / 4, h / 4), want(kRed), v.tolerance));
    CHECK(close(image.at(3 * w / 4, h / 4), want(kGreen), v.tolerance));
    CHECK(close(image.at(w / 4, 3 * h / 4), want(kBlue), v.tolerance));
    CHECK(close(image.at(3 * w / 4, 3 * h / 4), want(corner), v.tolerance));
}

kiosk::ImageInfo checked(const FileBytes& bytes) {
    auto info = kiosk::check_image(bytes, kiosk::ImageLimits{});
    REQUIRE_MESSAGE(info.has_value(), info.error().message);
    return *info;
}

struct Sdl {
    Sdl() : sdl(kiosk::SdlLibrary::create(0)), img(kiosk::ImageLibrary::create()) {
        REQUIRE(sdl.has_value());
        REQUIRE(img.has_value());
    }
    kiosk::Result<std::unique_ptr<kiosk::SdlLibrary>> sdl;
    kiosk::Result<std::unique_ptr<kiosk::ImageLibrary>> img;
};

}  // namespace

TEST_CASE("image decoding: every variant of every format decodes whole, at its size, with its colours in place") {
    Sdl sdl;
    for (const Variant& v : variants(64, 48)) {
        CAPTURE(v.name);
        const auto image = kiosk::decode_to_cover(v.bytes, checked(v.bytes), kiosk::Size{}, kiosk::ImageLimits{});
        REQUIRE_MESSAGE(image.has_value(), image.error().message);
        CHECK(image->width() == 64);
        CHECK(image->height() == 48);
        check_quadrants(*image, v);
    }
}

TEST_CASE("image decoding: a large image shown small is shrunk while decoding, never below the box it covers") {
    Sdl sdl;
    for (const Variant& v : variants(1600, 1200)) {
        CAPTURE(v.name);
        const auto image =
            kiosk::decode_to_cover(v.bytes, checked(v.bytes), kiosk::Size{200, 200}, kiosk::ImageLimits{});
        REQUIRE_MESSAGE(image.has_value(), image.error().message);
        CAPTURE(image->width());
        CAPTURE(image->height());
        // A centred square crop of the result must still cover 200x200, and the result is far
        // below the 1600x1200 a full decode would hold.
        CHECK(image->height() >= 200);
        CHECK(image->width() >= 200);
        CHECK(image->height() < 400);
        CHECK(std::abs(image->width() * 3 - image->height() * 4) <= 4);  // 4:3, give or take a pixel
        check_quadrants(*image, v);
    }
}

TEST_CASE("image decoding: an animated WebP shows its first frame") {
    const PixelBuffer first = kiosk::test::quadrants(64, 48);
    const PixelBuffer second(64, 48, argb(255, 10, 20, 30));
    const FileBytes bytes = kiosk::test::webp_animation_bytes(first, second);
    for (const kiosk::Size cover : {kiosk::Size{}, kiosk::Size{16, 16}}) {
        CAPTURE(cover.w);
        const auto image = kiosk::decode_to_cover(bytes, checked(bytes), cover, kiosk::ImageLimits{});
        REQUIRE_MESSAGE(image.has_value(), image.error().message);
        check_quadrants(*image, Variant{"animated WebP", {}, false, false, 0});
    }
}

TEST_CASE("image decoding: a file cut short or with its data overwritten is refused with a reason or drawn whole") {
    Sdl sdl;
    for (const Variant& v : variants(64, 48)) {
        CAPTURE(v.name);
        const kiosk::ImageInfo info = checked(v.bytes);
        // The header and a little more, then nothing: a decoder either refuses or fills in what is
        // missing (libjpeg's way), but never reads past the bytes (ASan would say) or crashes.
        const FileBytes cut(v.bytes.begin(), v.bytes.begin() + static_cast<std::ptrdiff_t>(v.bytes.size() / 2));
        const auto from_cut = kiosk::decode_to_cover(cut, info, kiosk::Size{}, kiosk::ImageLimits{});
        if (from_cut) {
            CHECK(from_cut->width() == 64);
        } else {
            CHECK_FALSE(from_cut.error().message.empty());
        }
        FileBytes garbled = v.bytes;
        for (std::size_t i = garbled.size() / 3; i < garbled.size(); i += 7) garbled[i] ^= 0x5A;
        const auto from_garbled = kiosk::decode_to_cover(garbled, info, kiosk::Size{8, 8}, kiosk::ImageLimits{});
        if (!from_garbled) CHECK_FALSE(from_garbled.error().message.empty());
    }
}

TEST_CASE("image decoding: a decoder's own size past the limits is refused, whatever the header check said") {
    Sdl sdl;
    kiosk::ImageLimits small;
    small.max_pixels = 64 * 48 - 1;
    for (const Variant& v : variants(64, 48)) {
        CAPTURE(v.name);
        const auto image = kiosk::decode_to_cover(v.bytes, checked(v.bytes), kiosk::Size{}, small);
        REQUIRE_FALSE(image.has_value());
        CHECK(image.error().message.find("larger than the limits") != std::string::npos);
    }
}

TEST_CASE("image decoding: a GIF whose frame lies past its canvas is drawn clipped, not a crash") {
    // Found by the image_decode fuzz target: SDL_image's GIF loader freed a pointer it had not
    // allocated on these 156 bytes, which the header check accepts (the old kiosk died on it).
    const FileBytes bytes = {
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x64, 0x00, 0x64, 0x00, 0x80, 0x00, 0x00, 0x02, 0x00, 0x00,
    0xff, 0xff, 0xff, 0x2c, 0x64, 0x00, 0x64, 0x00, 0x8a, 0x00, 0x00, 0x01, 0x44, 0x02, 0x29, 0x20,
    0x00, 0x02, 0x00, 0xff, 0xd8, 0xff, 0x63, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    0x01, 0x00, 0x00, 0x01, 0x00, 0x40, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x02, 0x01,
    0x01, 0x01, 0x01, 0x01, 0x02, 0x01, 0x01, 0x01, 0x02, 0xf9, 0xfd, 0x02, 0x02, 0x04, 0x03, 0x02,
    0x02, 0x02, 0x02, 0x05, 0x04, 0x04, 0x03, 0x04, 0x06, 0x05, 0x06, 0x06, 0x06, 0x05, 0x06, 0x06,
    0x06, 0x07, 0x09, 0x08, 0x06, 0x07, 0x09, 0x07, 0x06, 0x06, 0x08, 0x0b, 0x02, 0x02, 0x02, 0x02,
    0x02, 0x05, 0x03, 0x03, 0x05, 0x0a, 0x07, 0x06, 0x07, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a,
    0x0a, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a, 0x0a, 0x00, 0x12, 0x01, 0x02, 0x03, 0x06, 0x60, 0x13, 0x15,
    0x29, 0x74, 0x83, 0x85, 0x57, 0x55, 0x15, 0x14, 0xfc, 0x1f, 0xff, 0xd9,
    };
    kiosk::ImageLimits limits;
    const auto info = kiosk::check_image(bytes, limits);
    REQUIRE_MESSAGE(info.has_value(), info.error().message);
    for (const kiosk::Size cover : {kiosk::Size{}, kiosk::Size{10, 10}}) {
        const auto image = kiosk::decode_to_cover(bytes, *info, cover, limits);
        if (image) {
            CHECK(image->width() > 0);
        } else {
            CHECK_FALSE(image.error().message.empty());
        }
    }
}

TEST_CASE("row reducer: each output pixel is the alpha-weighted mean of its block") {
    kiosk::RowReducer reducer(5, 4, 2);  // the fifth column and nothing of the rows is left over
    const std::vector<std::uint32_t> top{argb(255, 200, 0, 0), argb(0, 0, 0, 0), kBlue, kBlue, kGreen};
    const std::vector<std::uint32_t> rest{argb(255, 100, 0, 0), argb(0, 255, 255, 255), kBlue, kBlue, kGreen};
    reducer.push(top);
    CHECK_FALSE(reducer.complete());
    reducer.push(rest);
    reducer.push(rest);
    reducer.push(rest);
    CHECK(reducer.complete());
    const PixelBuffer out = reducer.take();
    REQUIRE(out.width() == 2);
    REQUIRE(out.height() == 2);
    // Two transparent pixels add nothing to the colour, only to the coverage.
    CHECK(out.at(0, 0) == argb(128, 150, 0, 0));
    CHECK(out.at(1, 0) == kBlue);
    CHECK(out.at(0, 1) == argb(128, 100, 0, 0));
}

TEST_CASE("row reducer: the cover factor leaves a centred crop at least the box's size") {
    CHECK(kiosk::cover_factor(4096, 3072, 600, 600) == 5);   // crop 3072x3072
    CHECK(kiosk::cover_factor(4096, 3072, 1300, 1500) == 2);  // crop 2662x3072
    CHECK(kiosk::cover_factor(800, 600, 800, 600) == 1);
    CHECK(kiosk::cover_factor(100, 100, 400, 400) == 1);  // never grows
    CHECK(kiosk::cover_factor(8192, 8192, 1, 1) == 64);   // a bounded block
    CHECK(kiosk::cover_factor(100, 100, 0, 50) == 1);
}
