// Whole-picture comparison for the reference-image tests.
#include "tests/render/image_diff.h"

#include <SDL_image.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kiosk::test {

namespace {

std::uint32_t pixel_at(const SDL_Surface& s, int x, int y) {
    const auto* row = static_cast<const std::uint8_t*>(s.pixels) + static_cast<std::ptrdiff_t>(y) * s.pitch;
    std::uint32_t value = 0;
    std::memcpy(&value, row + static_cast<std::ptrdiff_t>(x) * 4, sizeof value);
    return value;
}

// The largest of the R, G and B differences of two ARGB pixels.
int channel_difference(std::uint32_t a, std::uint32_t b) {
    int largest = 0;
    for (const int shift : {16, 8, 0}) {
        const int d = std::abs(static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF));
        largest = std::max(largest, d);
    }
    return largest;
}

bool same_size(const SDL_Surface& a, const SDL_Surface& b) {
    return a.w == b.w && a.h == b.h;
}

}  // namespace

std::string ImageDiff::describe(const ImageTolerance& t) const {
    if (!same_size) return "the sizes differ";
    char text[200];
    std::snprintf(text, sizeof text,
                  "%lld of %lld pixels (%.4f%%) differ by more than %d; allowed %.4f%%; largest channel difference %d",
                  static_cast<long long>(differing), static_cast<long long>(total), share() * 100.0, t.channel,
                  t.differing_share * 100.0, largest);
    return text;
}

SurfacePtr load_argb_png(const std::string& path) {
    const SurfacePtr loaded(IMG_Load(path.c_str()));
    if (!loaded) return nullptr;
    return SurfacePtr(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_ARGB8888, 0));
}

SurfacePtr require_argb_png(const std::string& path) {
    SurfacePtr argb = load_argb_png(path);
    REQUIRE_MESSAGE(argb != nullptr, "cannot read " << path);
    return argb;
}

std::set<std::string> png_names_in(const std::string& folder) {
    std::set<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".png") out.insert(entry.path().filename().string());
    }
    return out;
}

ImageDiff compare_images(const SDL_Surface& actual, const SDL_Surface& expected, const ImageTolerance& t) {
    ImageDiff diff;
    diff.same_size = same_size(actual, expected);
    if (!diff.same_size) return diff;
    diff.total = static_cast<std::int64_t>(actual.w) * actual.h;
    for (int y = 0; y < actual.h; ++y) {
        for (int x = 0; x < actual.w; ++x) {
            const int d = channel_difference(pixel_at(actual, x, y), pixel_at(expected, x, y));
            diff.largest = std::max(diff.largest, d);
            if (d > t.channel) ++diff.differing;
        }
    }
    return diff;
}

SurfacePtr diff_image(const SDL_Surface& actual, const SDL_Surface& expected, const ImageTolerance& t) {
    if (!same_size(actual, expected)) return nullptr;
    SurfacePtr out(SDL_CreateRGBSurfaceWithFormat(0, actual.w, actual.h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!out) return nullptr;
    for (int y = 0; y < actual.h; ++y) {
        auto* row = static_cast<std::uint8_t*>(out->pixels) + static_cast<std::ptrdiff_t>(y) * out->pitch;
        for (int x = 0; x < actual.w; ++x) {
            const std::uint32_t e = pixel_at(expected, x, y);
            std::uint32_t value = 0xFFFF0000u;
            if (channel_difference(pixel_at(actual, x, y), e) <= t.channel) {
                const std::uint32_t grey = (((e >> 16) & 0xFF) + ((e >> 8) & 0xFF) + (e & 0xFF)) / 6;
                value = 0xFF000000u | grey << 16 | grey << 8 | grey;
            }
            std::memcpy(row + static_cast<std::ptrdiff_t>(x) * 4, &value, sizeof value);
        }
    }
    return out;
}

}  // namespace kiosk::test
