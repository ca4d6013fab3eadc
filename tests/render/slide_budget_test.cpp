// The painter's per-slide decoding budget: photos are decoded in the order they are drawn until
// the slide's budget is spent; the rest show their placeholders, the same on every repaint.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <string>

#include "kiosk/render/image_loader.h"
#include "kiosk/render/offscreen_canvas.h"
#include "kiosk/render/painter.h"
#include "kiosk/render/sdl_library.h"
#include "tests/support/test_paths.h"

namespace {

const kiosk::Colour kGrey{128, 128, 128, 255};

std::string solid_png(const std::string& dir, const std::string& name, std::uint32_t colour) {
    kiosk::PixelBuffer pixels(100, 100, colour);
    const std::string path = dir + "/" + name + ".png";
    kiosk::SurfacePtr surface = kiosk::wrap_pixels(pixels);
    REQUIRE(surface);
    REQUIRE(IMG_SavePNG(surface.get(), path.c_str()) == 0);
    return path;
}

kiosk::ImageItem photo_at(int x, const std::string& path) {
    kiosk::ImageItem item;
    item.rect = {x, 0, 100, 100};
    item.source = path;
    item.fallback = kGrey;
    return item;
}

}  // namespace

TEST_CASE("slide budget: photos past the slide's decoding budget show placeholders, on every repaint") {
    auto sdl = kiosk::SdlLibrary::create(0);
    auto img = kiosk::ImageLibrary::create();
    REQUIRE(sdl.has_value());
    REQUIRE(img.has_value());
    auto fonts = kiosk::FontStack::load(kiosk::test::source_dir() + "/assets/fonts");
    REQUIRE(fonts.has_value());
    auto canvas = kiosk::OffscreenCanvas::create({300, 100});
    REQUIRE(canvas.has_value());
    const std::string dir = kiosk::test::make_temp_dir("slide-budget");

    kiosk::DisplayList list{{300, 100}, {0, 0, 0, 255}, {}};
    list.items.push_back(photo_at(0, solid_png(dir, "red", kiosk::argb(255, 255, 0, 0))));
    list.items.push_back(photo_at(100, solid_png(dir, "green", kiosk::argb(255, 0, 255, 0))));
    list.items.push_back(photo_at(200, solid_png(dir, "blue", kiosk::argb(255, 0, 0, 255))));

    kiosk::TextureCache cache;
    kiosk::Painter painter(canvas->renderer(), **fonts, cache);
    kiosk::ImageLimits limits;
    limits.max_slide_pixels = 25'000;  // two of the three 100x100 photos
    painter.set_image_limits(limits);
    for (int repaint = 0; repaint < 2; ++repaint) {
        CAPTURE(repaint);
        painter.paint(list);
        CHECK(canvas->pixel(50, 50) == kiosk::argb(255, 255, 0, 0));
        CHECK(canvas->pixel(150, 50) == kiosk::argb(255, 0, 255, 0));
        CHECK(canvas->pixel(250, 50) == kiosk::argb(255, 128, 128, 128));
    }

    // Alone on a slide, the third photo is within the budget.
    kiosk::DisplayList alone{{300, 100}, {0, 0, 0, 255}, {list.items[2]}};
    painter.paint(alone);
    CHECK(canvas->pixel(250, 50) == kiosk::argb(255, 0, 0, 255));
}
