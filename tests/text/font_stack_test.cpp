// Tests for FontStack with the bundled fonts: measuring, fallback, shaping, and rendering lines.
#include <doctest/doctest.h>

#include <SDL_ttf.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>

#include "kiosk/text/font_stack.h"
#include "kiosk/text/sdl_ptrs.h"
#include "tests/support/test_paths.h"

namespace {

using kiosk::FontSpec;
using kiosk::FontWeight;

const std::string kArabicSalam = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85";            // سلام
const std::string kDevanagari = "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87";  // नमस्ते
const std::string kChinese = "\xE4\xB8\xAD\xE6\x96\x87";                       // 中文
const std::string kHebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";                // שלום
const std::string kParty = "\xF0\x9F\x8E\x89";                                 // 🎉
const std::string kCheck = "\xE2\x9C\x85";                                     // ✅
const std::string kPrivateUse = "\xEE\x80\x80";                                // U+E000
const std::string kLastCodePoint = "\xF4\x8F\xBF\xBF";                         // U+10FFFF
const kiosk::Colour kWhite{255, 255, 255, 255};

std::string fonts_dir() { return kiosk::test::source_dir() + "/assets/fonts"; }

const kiosk::FontStack& fonts() {
    static const std::unique_ptr<kiosk::FontStack> stack = [] {
        auto loaded = kiosk::FontStack::load(fonts_dir());
        if (!loaded) FAIL("cannot load the bundled fonts: " << loaded.error().message);
        return std::move(loaded).value();
    }();
    return *stack;
}

std::uint32_t pixel(const SDL_Surface& s, int x, int y) {
    std::uint32_t value = 0;
    std::memcpy(&value, static_cast<const std::uint8_t*>(s.pixels) + y * s.pitch + x * 4, sizeof value);
    return value;
}

// Sum of alpha over a range of columns: how much ink was drawn there.
long ink(const SDL_Surface& s, int x_begin, int x_end) {
    long sum = 0;
    for (int y = 0; y < s.h; ++y) {
        for (int x = x_begin; x < x_end; ++x) sum += pixel(s, x, y) >> 24;
    }
    return sum;
}

long ink(const SDL_Surface& s) { return ink(s, 0, s.w); }

// The ink SDL_ttf draws for `text` in one font file on its own, for comparison with a line.
long reference_ink(const std::string& file, const std::string& text, const char* script, bool rtl, int px) {
    const kiosk::FontPtr font(TTF_OpenFont((fonts_dir() + "/" + file).c_str(), px));
    REQUIRE(font);
    TTF_SetFontScriptName(font.get(), script);
    TTF_SetFontDirection(font.get(), rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    const kiosk::SurfacePtr surface(TTF_RenderUTF8_Blended(font.get(), text.c_str(), SDL_Color{255, 255, 255, 255}));
    REQUIRE(surface);
    REQUIRE(surface->format->format == SDL_PIXELFORMAT_ARGB8888);
    return ink(*surface);
}

void check_line_surface(const std::string& text, FontSpec spec) {
    CAPTURE(text);
    const kiosk::SurfacePtr line = fonts().render_line(text, spec, kWhite);
    REQUIRE(line);
    CHECK(line->format->format == SDL_PIXELFORMAT_ARGB8888);
    CHECK(line->w == fonts().width(text, spec));
    CHECK(line->h == fonts().line_height(spec));
    CHECK(ink(*line) > 0);
}

}  // namespace

TEST_CASE("fonts: a folder without the main font is refused with the file named") {
    const auto loaded = kiosk::FontStack::load(kiosk::test::make_temp_dir("no-fonts"));
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().message.find("NotoSans-Regular.ttf") != std::string::npos);
}

TEST_CASE("fonts: every face of the chain is bundled and loads") {
    CHECK(fonts().face_files().size() == 10);
}

TEST_CASE("fonts: width grows with the text, the size and the weight") {
    const FontSpec small{FontWeight::Regular, 20};
    const FontSpec large{FontWeight::Regular, 40};
    const FontSpec bold{FontWeight::Bold, 20};
    CHECK(fonts().width("", small) == 0);
    CHECK(fonts().width("Hello", small) > 0);
    CHECK(fonts().width("Hello, world", small) > fonts().width("Hello", small));
    CHECK(fonts().width("Hello", large) > fonts().width("Hello", small));
    CHECK(fonts().width("Hello, world", bold) > fonts().width("Hello, world", small));
    CHECK(fonts().line_height(large) > fonts().line_height(small));
    CHECK(fonts().baseline(small) > 0);
    CHECK(fonts().baseline(small) < fonts().line_height(small));
}

TEST_CASE("fonts: a character no font has is dropped, every bundled script is kept") {
    CHECK(fonts().drawable("a" + kPrivateUse + "b" + kLastCodePoint + "c") == "abc");
    for (const std::string& text : {kArabicSalam, kDevanagari, kChinese, kHebrew, kParty, kCheck}) {
        CAPTURE(text);
        CHECK(fonts().drawable(text) == text);
    }
    const FontSpec spec{FontWeight::Regular, 24};
    CHECK(fonts().width("a" + kPrivateUse + "b", spec) == fonts().width("ab", spec));
}

TEST_CASE("fonts: a rendered line is exactly width x line height and has ink in every script") {
    for (const std::string& text : {std::string("Keynote: Data and democracy"), kArabicSalam, kDevanagari, kChinese,
                                    kHebrew, kParty + " " + kCheck}) {
        check_line_surface(text, FontSpec{FontWeight::Regular, 28});
        check_line_surface(text, FontSpec{FontWeight::Bold, 28});
    }
}

TEST_CASE("fonts: empty or undrawable text renders nothing") {
    const FontSpec spec{FontWeight::Regular, 24};
    CHECK_FALSE(fonts().render_line("", spec, kWhite));
    CHECK_FALSE(fonts().render_line(kPrivateUse + kLastCodePoint, spec, kWhite));
}

TEST_CASE("fonts: Arabic is shaped, so joined letters differ from the isolated ones") {
    const FontSpec spec{FontWeight::Regular, 32};
    int isolated = 0;
    for (const std::string letter : {"\xD8\xB3", "\xD9\x84", "\xD8\xA7", "\xD9\x85"}) isolated += fonts().width(letter, spec);
    CHECK(fonts().width(kArabicSalam, spec) != isolated);
    // Lam followed by alef forms a ligature, narrower than the two letters apart.
    CHECK(fonts().width("\xD9\x84\xD8\xA7", spec) < fonts().width("\xD9\x84", spec) + fonts().width("\xD8\xA7", spec));
}

TEST_CASE("fonts: Devanagari conjuncts are shaped") {
    const FontSpec spec{FontWeight::Regular, 32};
    // क्ष (ka, virama, ssa) is one conjunct glyph, narrower than its three parts side by side.
    const int parts = fonts().width("\xE0\xA4\x95", spec) + fonts().width("\xE0\xA5\x8D", spec) +
                      fonts().width("\xE0\xA4\xB7", spec);
    CHECK(fonts().width("\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7", spec) < parts);
}

TEST_CASE("fonts: in an Arabic line, Latin text is drawn at the left, as right-to-left reading needs") {
    const FontSpec spec{FontWeight::Regular, 32};
    const kiosk::SurfacePtr mixed = fonts().render_line(kArabicSalam + " abc", spec, kWhite);
    const kiosk::SurfacePtr latin = fonts().render_line("abc", spec, kWhite);
    REQUIRE(mixed);
    REQUIRE(latin);
    REQUIRE(mixed->h == latin->h);
    REQUIRE(mixed->w > latin->w);
    int differing = 0;
    for (int y = 0; y < latin->h; ++y) {
        for (int x = 0; x < latin->w; ++x) differing += pixel(*mixed, x, y) != pixel(*latin, x, y) ? 1 : 0;
    }
    CHECK(differing == 0);
}

TEST_CASE("fonts: a mixed Latin and CJK line measures as its two runs and has ink in both") {
    const FontSpec spec{FontWeight::Regular, 30};
    const int latin = fonts().width("Welcome ", spec);
    const int cjk = fonts().width(kChinese, spec);
    REQUIRE(latin > 0);
    REQUIRE(cjk > 0);
    CHECK(fonts().width("Welcome " + kChinese, spec) == latin + cjk);
    const kiosk::SurfacePtr line = fonts().render_line("Welcome " + kChinese, spec, kWhite);
    REQUIRE(line);
    CHECK(ink(*line, 0, latin) > 0);
    CHECK(ink(*line, latin, line->w) > 0);
}

TEST_CASE("fonts: tall marks in Arabic, Devanagari and Vietnamese are not cut by the line box") {
    const int px = 40;
    const FontSpec spec{FontWeight::Regular, px};
    struct Sample {
        std::string text, file;
        const char* script;
        bool rtl;
    };
    const Sample samples[] = {
        {"\xD9\x85\xD9\x8F\xD8\xAD\xD9\x8E\xD9\x85\xD9\x91\xD9\x8E\xD8\xAF\xD9\x8C", "NotoSansArabicUI-Regular.ttf", "Arab", true},
        {"\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\x81 \xE0\xA4\xB9\xE0\xA5\x83\xE0\xA4\xA6\xE0\xA5\x8D\xE0\xA4\xAF",
         "NotoSansDevanagariUI-Regular.ttf", "Deva", false},
        {"\xE1\xBB\x96 \xE1\xBB\x9E \xE1\xBB\xA8 g\xC3\x85y", "NotoSans-Regular.ttf", "Latn", false},
    };
    for (const Sample& sample : samples) {
        CAPTURE(sample.text);
        const kiosk::SurfacePtr line = fonts().render_line(sample.text, spec, kWhite);
        REQUIRE(line);
        CHECK(ink(*line) == reference_ink(sample.file, sample.text, sample.script, sample.rtl, px));
    }
}

TEST_CASE("fonts: invalid UTF-8 never crashes and is measured without the bad bytes") {
    const FontSpec spec{FontWeight::Regular, 24};
    CHECK(fonts().width("ab\xFF\xC0\xAF" "c\xE4\xB8", spec) == fonts().width("abc", spec));
    std::mt19937 random(1234);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 200; ++round) {
        std::string junk(64, '\0');
        for (char& c : junk) c = static_cast<char>(byte(random));
        const kiosk::SurfacePtr line = fonts().render_line(junk, spec, kWhite);
        if (line) CHECK(line->w == fonts().width(junk, spec));
        const std::string kept = fonts().drawable(junk);
        CHECK(fonts().drawable(kept) == kept);
    }
}

TEST_CASE("fonts: a 10,000 character line is cut at the widest surface and still renders") {
    const FontSpec spec{FontWeight::Regular, 24};
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "Programme " + kChinese + " ";
    const int width = fonts().width(text, spec);
    CHECK(width > 1000);
    CHECK(width <= 8192);
    const kiosk::SurfacePtr line = fonts().render_line(text, spec, kWhite);
    REQUIRE(line);
    CHECK(line->w == width);
}

TEST_CASE("fonts: text is drawn in the requested colour on transparent pixels") {
    const FontSpec spec{FontWeight::Bold, 40};
    const kiosk::SurfacePtr line = fonts().render_line("H", spec, kiosk::Colour{200, 40, 10, 255});
    REQUIRE(line);
    int solid = 0, other_colour = 0;
    for (int y = 0; y < line->h; ++y) {
        for (int x = 0; x < line->w; ++x) {
            const std::uint32_t p = pixel(*line, x, y);
            solid += (p >> 24) == 255 ? 1 : 0;
            other_colour += (p & 0xFFFFFFu) != 0xC8280Au ? 1 : 0;
        }
    }
    CHECK(solid > 0);
    CHECK(other_colour == 0);
}
