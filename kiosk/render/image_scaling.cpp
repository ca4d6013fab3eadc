// Box-filter halving and bilinear resampling on straight-alpha ARGB pixels.
#include "kiosk/render/image_scaling.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kiosk {
namespace {

// Accumulates colour weighted by alpha, so a fully transparent pixel adds nothing to the colour.
struct Accumulator {
    double a = 0, r = 0, g = 0, b = 0, weight = 0;

    void add(std::uint32_t p, double w) {
        const double pa = alpha_of(p) * w;
        a += pa;
        r += red_of(p) * pa;
        g += green_of(p) * pa;
        b += blue_of(p) * pa;
        weight += w;
    }

    std::uint32_t result() const {
        if (a <= 0.0 || weight <= 0.0) return 0;
        const auto channel = [](double v) { return static_cast<std::uint32_t>(std::clamp(std::lround(v), 0L, 255L)); };
        return argb(channel(a / weight), channel(r / a), channel(g / a), channel(b / a));
    }
};

}  // namespace

PixelBuffer halve(PixelView source) {
    PixelBuffer out(source.width / 2, source.height / 2);
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            Accumulator acc;
            acc.add(source.at(2 * x, 2 * y), 1.0);
            acc.add(source.at(2 * x + 1, 2 * y), 1.0);
            acc.add(source.at(2 * x, 2 * y + 1), 1.0);
            acc.add(source.at(2 * x + 1, 2 * y + 1), 1.0);
            out.at(x, y) = acc.result();
        }
    }
    return out;
}

PixelBuffer resample_bilinear(PixelView source, int width, int height) {
    PixelBuffer out(width, height);
    if (source.width <= 0 || source.height <= 0) return out;
    const double sx = static_cast<double>(source.width) / width;
    const double sy = static_cast<double>(source.height) / height;
    for (int y = 0; y < height; ++y) {
        const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, source.height - 1.0);
        const int y0 = static_cast<int>(fy);
        const int y1 = std::min(y0 + 1, source.height - 1);
        const double ty = fy - y0;
        for (int x = 0; x < width; ++x) {
            const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, source.width - 1.0);
            const int x0 = static_cast<int>(fx);
            const int x1 = std::min(x0 + 1, source.width - 1);
            const double tx = fx - x0;
            Accumulator acc;
            acc.add(source.at(x0, y0), (1 - tx) * (1 - ty));
            acc.add(source.at(x1, y0), tx * (1 - ty));
            acc.add(source.at(x0, y1), (1 - tx) * ty);
            acc.add(source.at(x1, y1), tx * ty);
            out.at(x, y) = acc.result();
        }
    }
    return out;
}

PixelView centred_crop(PixelView source, int width, int height) {
    if (width <= 0 || height <= 0 || source.width <= 0 || source.height <= 0) return source.sub(0, 0, 0, 0);
    const double scale = std::max(static_cast<double>(width) / source.width, static_cast<double>(height) / source.height);
    const int w = std::clamp(static_cast<int>(std::lround(width / scale)), 1, source.width);
    const int h = std::clamp(static_cast<int>(std::lround(height / scale)), 1, source.height);
    return source.sub((source.width - w) / 2, (source.height - h) / 2, w, h);
}

PixelBuffer scale_to_cover(PixelView source, int width, int height) {
    PixelView view = centred_crop(source, width, height);
    if (view.width <= 0 || view.height <= 0) return PixelBuffer(width, height);
    PixelBuffer reduced;
    while (view.width >= 2 * width && view.height >= 2 * height) {
        PixelBuffer next = halve(view);
        reduced = std::move(next);
        view = reduced.view();
    }
    if (view.width == width && view.height == height) return copy_of(view);
    return resample_bilinear(view, width, height);
}

}  // namespace kiosk
