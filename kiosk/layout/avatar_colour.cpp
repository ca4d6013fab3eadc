// Initials and their background colour: FNV-1a hash of the name to a hue, lightness lowered
// until white text on it is readable.
#include "kiosk/layout/avatar_colour.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include "kiosk/layout/theme_contrast.h"
#include "kiosk/base/utf8.h"

namespace kiosk {

namespace {

std::uint32_t fnv1a(std::string_view text) {
    std::uint32_t hash = 2166136261U;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619U;
    }
    return hash;
}

// HSL to RGB with hue in degrees and saturation, lightness in 0..1.
Colour from_hsl(double hue, double saturation, double lightness) {
    const double chroma = (1.0 - std::fabs(2.0 * lightness - 1.0)) * saturation;
    const double h = hue / 60.0;
    const double x = chroma * (1.0 - std::fabs(std::fmod(h, 2.0) - 1.0));
    double r = 0, g = 0, b = 0;
    if (h < 1) r = chroma, g = x;
    else if (h < 2) r = x, g = chroma;
    else if (h < 3) g = chroma, b = x;
    else if (h < 4) g = x, b = chroma;
    else if (h < 5) r = x, b = chroma;
    else r = chroma, b = x;
    const double m = lightness - chroma / 2.0;
    auto channel = [m](double v) { return static_cast<std::uint8_t>(std::lround((v + m) * 255.0)); };
    return Colour{channel(r), channel(g), channel(b), 255};
}

std::vector<std::string_view> words_of(std::string_view name) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < name.size()) {
        const std::size_t start = name.find_first_not_of(" \t@", at);
        if (start == std::string_view::npos) break;
        const std::size_t end = std::min(name.find_first_of(" \t", start), name.size());
        words.push_back(name.substr(start, end - start));
        at = end;
    }
    return words;
}

std::string first_character(std::string_view word) {
    std::string out(word.substr(0, utf8::cluster_length(word, 0)));
    if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

}  // namespace

Colour avatar_colour(std::string_view name) {
    const std::uint32_t hash = fnv1a(name);
    const double hue = static_cast<double>(hash % 360U);
    const double saturation = 0.45 + static_cast<double>((hash >> 9U) % 20U) / 100.0;
    const Colour white{0xFF, 0xFF, 0xFF};
    // Yellows and greens are light at any given lightness, so the loop darkens them more.
    for (double lightness = 0.46; lightness > 0.15; lightness -= 0.02) {
        const Colour c = from_hsl(hue, saturation, lightness);
        if (contrast_ratio(white, c) >= kMinTextContrast) return c;
    }
    return from_hsl(hue, saturation, 0.15);
}

std::string initials_of(std::string_view name) {
    const std::vector<std::string_view> words = words_of(name);
    if (words.empty()) return {};
    std::string out = first_character(words.front());
    if (words.size() > 1) out += first_character(words.back());
    return out;
}

}  // namespace kiosk
