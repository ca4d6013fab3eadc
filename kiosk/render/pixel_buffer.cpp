// Pixel storage, views and the circle mask used for avatars and rounded corners.
#include "kiosk/render/pixel_buffer.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

PixelView PixelView::sub(int x, int y, int w, int h) const {
    return {pixels + static_cast<std::ptrdiff_t>(y) * stride + x, w, h, stride};
}

PixelBuffer::PixelBuffer(int width, int height, std::uint32_t fill)
    : width_(std::max(width, 0)),
      height_(std::max(height, 0)),
      pixels_(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_), fill) {}

PixelBuffer copy_of(PixelView view) {
    PixelBuffer out(view.width, view.height);
    for (int y = 0; y < view.height; ++y) {
        for (int x = 0; x < view.width; ++x) out.at(x, y) = view.at(x, y);
    }
    return out;
}

float circle_coverage(int x, int y, int w, int h) {
    const double radius = std::min(w, h) / 2.0;
    const double dx = x + 0.5 - w / 2.0;
    const double dy = y + 0.5 - h / 2.0;
    const double inside = radius - std::sqrt(dx * dx + dy * dy) + 0.5;
    return static_cast<float>(std::clamp(inside, 0.0, 1.0));
}

void mask_circle(PixelBuffer& image) {
    const int w = image.width(), h = image.height();
    const double radius = std::min(w, h) / 2.0;
    for (int y = 0; y < h; ++y) {
        // Pixels whose centres lie more than half a pixel inside the circle keep their alpha, and
        // those more than half a pixel outside lose it; only the ones between are computed.
        const double dy = y + 0.5 - h / 2.0;
        const auto half_chord = [&](double r) { return r > std::abs(dy) ? std::sqrt(r * r - dy * dy) : -1.0; };
        const double inner = half_chord(radius - 0.5 - 1e-9);
        const double outer = half_chord(radius + 0.5 + 1e-9);
        for (int x = 0; x < w; ++x) {
            const double dx = std::abs(x + 0.5 - w / 2.0);
            std::uint32_t& p = image.at(x, y);
            if (dx < inner) continue;
            if (dx > outer) {
                p &= 0x00FFFFFFu;
                continue;
            }
            const float coverage = circle_coverage(x, y, w, h);
            const auto a = static_cast<std::uint32_t>(static_cast<float>(alpha_of(p)) * coverage + 0.5f);
            p = (p & 0x00FFFFFFu) | (a << 24);
        }
    }
}

namespace {

std::uint32_t over(std::uint32_t src, std::uint32_t dst) {
    const std::uint32_t sa = alpha_of(src);
    if (sa == 255) return src;
    if (sa == 0) return dst;
    const std::uint32_t da = alpha_of(dst) * (255 - sa) / 255;
    const std::uint32_t a = sa + da;
    const auto mix = [&](std::uint32_t s, std::uint32_t d) { return (s * sa + d * da + a / 2) / a; };
    return argb(a, mix(red_of(src), red_of(dst)), mix(green_of(src), green_of(dst)), mix(blue_of(src), blue_of(dst)));
}

}  // namespace

void blend_over(PixelBuffer& target, PixelView source, int x, int y) {
    const int x0 = std::max(0, -x), y0 = std::max(0, -y);
    const int x1 = std::min(source.width, target.width() - x), y1 = std::min(source.height, target.height() - y);
    for (int sy = y0; sy < y1; ++sy) {
        for (int sx = x0; sx < x1; ++sx) {
            std::uint32_t& d = target.at(x + sx, y + sy);
            d = over(source.at(sx, sy), d);
        }
    }
}

PixelBuffer corner_disc(int radius) {
    PixelBuffer disc(2 * radius, 2 * radius, argb(255, 255, 255, 255));
    mask_circle(disc);
    return disc;
}

}  // namespace kiosk
