// A slide prepared elsewhere (its lines rasterised and photos decoded by a SlideRasteriser with
// fonts of its own) paints exactly as the painter alone paints it, photo budget included.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <string>
#include <vector>

#include "kiosk/render/image_loader.h"
#include "kiosk/render/offscreen_canvas.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/sdl_library.h"
#include "kiosk/render/slide_pixels.h"
#include "tests/support/test_paths.h"

namespace {

constexpr kiosk::Size kSize{400, 160};

std::string solid_png(const std::string& dir, const std::string& name, std::uint32_t colour) {
    kiosk::PixelBuffer pixels(100, 100, colour);
    const std::string path = dir + "/" + name + ".png";
    kiosk::SurfacePtr surface = kiosk::wrap_pixels(pixels);
    REQUIRE(surface);
    REQUIRE(IMG_SavePNG(surface.get(), path.c_str()) == 0);
    return path;
}

// Three photos (the budget affords two), text in two scripts, and a photo with no file.
kiosk::DisplayList slide(const std::string& dir) {
    kiosk::DisplayList list{kSize, {10, 20, 30, 255}, {}};
    const std::vector<std::uint32_t> colours = {kiosk::argb(255, 255, 0, 0), kiosk::argb(255, 0, 255, 0),
                                                kiosk::argb(255, 0, 0, 255)};
    for (int i = 0; i < 3; ++i) {
        kiosk::ImageItem photo;
        photo.rect = {i * 100, 0, 100, 100};
        photo.source = solid_png(dir, "photo" + std::to_string(i), colours[static_cast<std::size_t>(i)]);
        photo.fallback = {128, 128, 128, 255};
        photo.initials = "AB";
        photo.initials_font = {kiosk::FontWeight::Bold, 30};
        list.items.emplace_back(photo);
    }
    kiosk::ImageItem missing;
    missing.rect = {300, 0, 100, 100};
    missing.source = dir + "/none.png";
    missing.fallback = {200, 100, 0, 255};
    missing.initials = "CD";
    missing.initials_font = {kiosk::FontWeight::Bold, 30};
    missing.circle = true;
    list.items.emplace_back(missing);
    list.items.emplace_back(kiosk::TextItem{{0, 100, 400, 30}, "Keynote \u0634\u0645\u0633 \u6F22\u5B57",
                                            {kiosk::FontWeight::Bold, 24}, {255, 255, 255, 255}});
    list.items.emplace_back(kiosk::TextItem{{0, 130, 400, 30}, "Hall A, 09:00",
                                            {kiosk::FontWeight::Regular, 20}, {200, 200, 200, 255}});
    return list;
}

std::vector<std::uint32_t> pixels_of(kiosk::OffscreenCanvas& canvas) {
    std::vector<std::uint32_t> out;
    for (int y = 0; y < kSize.h; ++y) {
        for (int x = 0; x < kSize.w; ++x) out.push_back(canvas.pixel(x, y));
    }
    return out;
}

}  // namespace

TEST_CASE("prepared paint: a slide rasterised with other fonts paints the same pixels and photo budget") {
    auto sdl = kiosk::SdlLibrary::create(0);
    auto img = kiosk::ImageLibrary::create();
    REQUIRE(sdl.has_value());
    REQUIRE(img.has_value());
    auto fonts = kiosk::FontStack::load(kiosk::test::source_dir() + "/assets/fonts");
    REQUIRE(fonts.has_value());
    auto other_fonts = (*fonts)->sibling();
    REQUIRE(other_fonts.has_value());
    const std::string dir = kiosk::test::make_temp_dir("prepared-paint");
    const kiosk::DisplayList list = slide(dir);
    kiosk::ImageLimits limits;
    limits.max_slide_pixels = 25'000;  // two of the three photos

    auto alone = kiosk::OffscreenCanvas::create(kSize);
    REQUIRE(alone.has_value());
    kiosk::TextureCache alone_cache;
    kiosk::Painter painter(alone->renderer(), **fonts, alone_cache);
    painter.set_image_limits(limits);
    painter.paint(list);

    auto prepared_canvas = kiosk::OffscreenCanvas::create(kSize);
    REQUIRE(prepared_canvas.has_value());
    kiosk::TextureCache cache;
    kiosk::SlideRasteriser raster(**other_fonts);
    raster.set_image_limits(limits);
    kiosk::PreparedPixels prepared = raster.prepare(list, cache.charges());
    CHECK(prepared.lines.size() == 2);
    CHECK(prepared.images.size() == 4);
    CHECK(prepared.images.at(kiosk::image_key(std::get<kiosk::ImageItem>(list.items[2]))).charge.over_budget);
    kiosk::Painter loop_painter(prepared_canvas->renderer(), **fonts, cache);
    loop_painter.set_image_limits(limits);
    loop_painter.paint(list, &prepared);
    // Everything prepared was used, and the picture is the same to the pixel.
    CHECK(prepared.lines.empty());
    CHECK(prepared.images.empty());
    CHECK(cache.insertions() == alone_cache.insertions());
    CHECK(prepared_canvas->pixel(50, 50) == kiosk::argb(255, 255, 0, 0));
    CHECK(prepared_canvas->pixel(250, 50) == kiosk::argb(255, 128, 128, 128));
    CHECK(pixels_of(*prepared_canvas) == pixels_of(*alone));

    // Over a cache that holds the slide, nothing is prepared again, and budgets still add up.
    const kiosk::PreparedPixels again = raster.prepare(list, cache.charges());
    CHECK(again.lines.empty());
    CHECK(again.images.empty());
}
