// `kiosk render` end to end: the real binary writes one PNG per slide, of the right size, not
// blank and all different; the accent is where layout put the NOW pill; bad content fails clearly.
#include <doctest/doctest.h>

#include <SDL.h>
#include <SDL_image.h>

#include <sys/wait.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <variant>

#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/theme_contrast.h"
#include "kiosk/text/font_stack.h"
#include "kiosk/text/sdl_ptrs.h"
#include "tests/render/image_diff.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {

namespace {

namespace fs = std::filesystem;

const char* const kAt = "2023-10-09 17:50";

// Runs `kiosk render` with `arguments`; returns the exit code and leaves stderr in `errors`.
int run_render(const std::string& arguments, const std::string& folder, std::string& errors) {
    const std::string err_file = folder + "/stderr.txt";
    const std::string command = "'" + kiosk_binary() + "' render " + arguments + " > '" + folder + "/stdout.txt' 2> '" +
                                err_file + "'";
    const int status = std::system(command.c_str());
    std::ifstream in(err_file);
    std::stringstream text;
    text << in.rdbuf();
    errors = text.str();
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::uint32_t pixel(const SDL_Surface& s, int x, int y) {
    const auto* row = static_cast<const std::uint8_t*>(s.pixels) + static_cast<std::ptrdiff_t>(y) * s.pitch;
    std::uint32_t value = 0;
    std::memcpy(&value, row + static_cast<std::ptrdiff_t>(x) * 4, sizeof value);
    return value;
}

// How many distinct colours a coarse sample of the image has: one means a blank slide.
std::size_t colours_in(const SDL_Surface& s) {
    std::set<std::uint32_t> seen;
    for (int y = 0; y < s.h; y += 7) {
        for (int x = 0; x < s.w; x += 7) seen.insert(pixel(s, x, y));
    }
    return seen.size();
}

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool near(std::uint32_t argb, Colour c) {
    auto channel = [](std::uint32_t v, int shift, std::uint8_t want) {
        return std::abs(static_cast<int>((v >> shift) & 0xFF) - static_cast<int>(want)) <= 6;
    };
    return channel(argb, 16, c.r) && channel(argb, 8, c.g) && channel(argb, 0, c.b);
}

}  // namespace

TEST_CASE("kiosk render: the sample gives one distinct, non-blank PNG of the right size per slide") {
    const std::string out = make_temp_dir("render-sample");
    std::string errors;
    const std::string args = "--content '" + sample_content() + "' --out '" + out +
                             "' --size 1280x720 --size 1080x1920 --at '" + kAt + "'";
    REQUIRE_MESSAGE(run_render(args, out, errors) == 0, errors);
    for (const Size size : {Size{1280, 720}, Size{1080, 1920}}) {
        const fs::path folder = fs::path(out) / (std::to_string(size.w) + "x" + std::to_string(size.h));
        const std::set<std::string> files = kiosk::test::png_names_in(folder.string());
        CHECK(files.count("01-programme.png") == 1);
        CHECK(files.count("02-speaker-gavin-freeguard.png") == 1);
        CHECK(files.count("waiting.png") == 1);
        CHECK(files.size() >= 10);
        std::set<std::string> contents;
        for (const std::string& name : files) {
            CAPTURE(name);
            const SurfacePtr image = kiosk::test::require_argb_png((folder / name).string());
            CHECK(image->w == size.w);
            CHECK(image->h == size.h);
            CHECK(colours_in(*image) > 8);
            contents.insert(bytes_of(folder / name));
        }
        CHECK(contents.size() == files.size());
    }
}

TEST_CASE("kiosk render: the accent colour is where the NOW pill and the card's edge are") {
    const std::string out = make_temp_dir("render-accent");
    std::string errors;
    const std::string args = "--content '" + sample_content() + "' --out '" + out + "' --at '" + kAt + "'";
    REQUIRE_MESSAGE(run_render(args, out, errors) == 0, errors);

    const LoadResult loaded = load_content_file(sample_content());
    REQUIRE(loaded.content.has_value());
    auto fonts = FontStack::load(source_dir() + "/assets/fonts");
    REQUIRE(fonts.has_value());
    const Instant at = loaded.content->programme[2].start;  // "Opening remarks", 17:50
    const Deck deck = build_deck(*loaded.content, at, deck_shape(Size{1920, 1080}, **fonts));
    const DisplayList list = layout_slide(*loaded.content, deck.front(), SlideContext{at, true, {}, {}},
                                          Size{1920, 1080}, **fonts);
    const Colour accent = resolve_palette(loaded.content->event.theme).accent;
    const SurfacePtr image = kiosk::test::require_argb_png(out + "/01-programme.png");
    int checked = 0;
    for (const DrawItem& item : list.items) {
        const auto* fill = std::get_if<FillItem>(&item);
        if (!fill || !(fill->colour == accent) || fill->rect.w < 4 || fill->rect.h < 4) continue;
        // The middle of the left edge is inside even a fully rounded shape.
        CHECK(near(pixel(*image, fill->rect.x + 2, fill->rect.y + fill->rect.h / 2), accent));
        ++checked;
    }
    CHECK(checked >= 2);
    // The background stays the theme's away from everything drawn.
    CHECK(near(pixel(*image, 5, 5), list.background));
}

TEST_CASE("kiosk render: content with errors gives file:line:column messages and exit 1") {
    const std::string out = make_temp_dir("render-bad");
    const std::string bad = out + "/bad.yaml";
    std::ofstream(bad) << "version: 1\nevent:\n  title: Broken\n  time_zone: Mars/Olympus\n";
    std::string errors;
    CHECK(run_render("--content '" + bad + "' --out '" + out + "'", out, errors) == 1);
    CHECK(errors.find(bad + ":4:") != std::string::npos);
    CHECK(kiosk::test::png_names_in(out).empty());
}

TEST_CASE("kiosk render: a wrong option or size is a usage error") {
    const std::string out = make_temp_dir("render-usage");
    std::string errors;
    CHECK(run_render("--size huge", out, errors) == 2);
    CHECK(errors.find("--size wants WIDTHxHEIGHT") != std::string::npos);
    CHECK(run_render("--at 'next tuesday'", out, errors) == 2);
}

}  // namespace kiosk::test
