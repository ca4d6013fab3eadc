// WCAG contrast arithmetic and the palette correction that keeps a badly chosen theme readable.
#include "kiosk/layout/theme_contrast.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

constexpr Colour kWhite{0xFF, 0xFF, 0xFF};
constexpr Colour kNearBlack{0x11, 0x14, 0x18};

double linear_channel(std::uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Colour opaque(Colour c) { return Colour{c.r, c.g, c.b, 255}; }

// White or near-black, whichever contrasts more with `behind`.
Colour best_plain_text(Colour behind) {
    return contrast_ratio(kWhite, behind) >= contrast_ratio(kNearBlack, behind) ? kWhite : kNearBlack;
}

double worst_contrast(Colour c, Colour a, Colour b) { return std::min(contrast_ratio(c, a), contrast_ratio(c, b)); }

// `colour` moved towards `target` in small steps until it reads on both backgrounds.
Colour nudge_until_readable(Colour colour, Colour target, Colour back_a, Colour back_b) {
    for (int step = 0; step <= 20; ++step) {
        const Colour candidate = mix(colour, target, step / 20.0);
        if (worst_contrast(candidate, back_a, back_b) >= kMinTextContrast) return candidate;
    }
    return target;
}

Colour readable_surface(Colour surface, Colour background, Colour text) {
    if (contrast_ratio(text, surface) >= kMinTextContrast) return surface;
    // A faint tint of the text colour keeps cards visible without spoiling the text on them.
    const Colour tint = mix(background, text, 0.07);
    return contrast_ratio(text, tint) >= kMinTextContrast ? tint : background;
}

// The accent and its text colour, adjusted so the text on accent fills passes.
void readable_accent(Colour& accent, Colour& accent_text) {
    if (contrast_ratio(accent_text, accent) >= kMinTextContrast) return;
    accent_text = best_plain_text(accent);
    const Colour away = accent_text == kWhite ? Colour{0, 0, 0} : kWhite;
    for (int step = 1; step <= 20 && contrast_ratio(accent_text, accent) < kMinTextContrast; ++step) {
        accent = mix(accent, away, 0.05);
    }
}

}  // namespace

double relative_luminance(Colour c) {
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) + 0.0722 * linear_channel(c.b);
}

double contrast_ratio(Colour a, Colour b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour mix(Colour from, Colour to, double amount) {
    const double t = std::clamp(amount, 0.0, 1.0);
    auto channel = [t](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
    };
    return Colour{channel(from.r, to.r), channel(from.g, to.g), channel(from.b, to.b), 255};
}

Palette resolve_palette(const Theme& theme) {
    Palette p;
    p.background = opaque(theme.background);
    p.text = opaque(theme.text);
    if (contrast_ratio(p.text, p.background) < kMinTextContrast) p.text = best_plain_text(p.background);
    p.surface = readable_surface(opaque(theme.surface), p.background, p.text);
    p.muted = nudge_until_readable(opaque(theme.muted), p.text, p.background, p.surface);
    p.accent = opaque(theme.accent);
    p.accent_text = opaque(theme.accent_text);
    readable_accent(p.accent, p.accent_text);
    p.highlight = nudge_until_readable(p.accent, p.text, p.background, p.surface);
    p.rule = mix(p.background, p.muted, 0.28);
    p.track = mix(p.surface, p.text, 0.14);
    return p;
}

}  // namespace kiosk
