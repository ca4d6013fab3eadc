// Box-filter halving and bilinear resampling on straight-alpha ARGB pixels.
#include "kiosk/render/image_scaling.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

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

namespace {

// Where output column or row i samples the source: the two neighbours and the weight of the
// second, in 1/256ths.
struct Tap {
    int i0 = 0, i1 = 0;
    double t = 0;
    std::uint32_t w = 0;
};

std::vector<Tap> taps(int out, int in) {
    std::vector<Tap> result(static_cast<std::size_t>(out));
    const double scale = static_cast<double>(in) / out;
    for (int i = 0; i < out; ++i) {
        const double f = std::clamp((i + 0.5) * scale - 0.5, 0.0, in - 1.0);
        Tap& tap = result[static_cast<std::size_t>(i)];
        tap.i0 = static_cast<int>(f);
        tap.i1 = std::min(tap.i0 + 1, in - 1);
        tap.t = f - tap.i0;
        tap.w = static_cast<std::uint32_t>(std::lround(tap.t * 256.0));
    }
    return result;
}

// Four opaque neighbours (photos are nearly always opaque): integer weights, no alpha to weigh by.
std::uint32_t mix_opaque(std::uint32_t p00, std::uint32_t p10, std::uint32_t p01, std::uint32_t p11, std::uint32_t wx,
                         std::uint32_t wy) {
    const std::uint32_t ux = 256 - wx, uy = 256 - wy;
    const auto channel = [&](int shift) {
        const auto c = [&](std::uint32_t p) { return (p >> shift) & 0xFFu; };
        const std::uint32_t top = c(p00) * ux + c(p10) * wx;
        const std::uint32_t bottom = c(p01) * ux + c(p11) * wx;
        return ((top * uy + bottom * wy + 32768u) >> 16) & 0xFFu;
    };
    return argb(255, channel(16), channel(8), channel(0));
}

}  // namespace

PixelBuffer halve(PixelView source) {
    PixelBuffer out(source.width / 2, source.height / 2);
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            const std::uint32_t p00 = source.at(2 * x, 2 * y), p10 = source.at(2 * x + 1, 2 * y);
            const std::uint32_t p01 = source.at(2 * x, 2 * y + 1), p11 = source.at(2 * x + 1, 2 * y + 1);
            if ((p00 & p10 & p01 & p11) >> 24 == 255) {
                out.at(x, y) = mix_opaque(p00, p10, p01, p11, 128, 128);
                continue;
            }
            Accumulator acc;
            for (std::uint32_t p : {p00, p10, p01, p11}) acc.add(p, 1.0);
            out.at(x, y) = acc.result();
        }
    }
    return out;
}

PixelBuffer resample_bilinear(PixelView source, int width, int height) {
    PixelBuffer out(width, height);
    if (source.width <= 0 || source.height <= 0) return out;
    const std::vector<Tap> xs = taps(width, source.width);
    const std::vector<Tap> ys = taps(height, source.height);
    for (int y = 0; y < height; ++y) {
        const Tap& ty = ys[static_cast<std::size_t>(y)];
        for (int x = 0; x < width; ++x) {
            const Tap& tx = xs[static_cast<std::size_t>(x)];
            const std::uint32_t p00 = source.at(tx.i0, ty.i0), p10 = source.at(tx.i1, ty.i0);
            const std::uint32_t p01 = source.at(tx.i0, ty.i1), p11 = source.at(tx.i1, ty.i1);
            if ((p00 & p10 & p01 & p11) >> 24 == 255) {
                out.at(x, y) = mix_opaque(p00, p10, p01, p11, tx.w, ty.w);
                continue;
            }
            Accumulator acc;
            acc.add(p00, (1 - tx.t) * (1 - ty.t));
            acc.add(p10, tx.t * (1 - ty.t));
            acc.add(p01, (1 - tx.t) * ty.t);
            acc.add(p11, tx.t * ty.t);
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
