// An owned block of 32-bit ARGB pixels (0xAARRGGBB, straight alpha) and a non-owning view into
// one, so that image scaling and masking are plain C++ that tests can run without SDL.
#pragma once

#include <cstdint>
#include <vector>

namespace kiosk {

constexpr std::uint32_t argb(std::uint32_t a, std::uint32_t r, std::uint32_t g, std::uint32_t b) {
    return (a << 24) | (r << 16) | (g << 8) | b;
}
constexpr std::uint32_t alpha_of(std::uint32_t p) { return p >> 24; }
constexpr std::uint32_t red_of(std::uint32_t p) { return (p >> 16) & 0xFFu; }
constexpr std::uint32_t green_of(std::uint32_t p) { return (p >> 8) & 0xFFu; }
constexpr std::uint32_t blue_of(std::uint32_t p) { return p & 0xFFu; }

// Rows of `width` pixels, `stride` pixels apart; a sub-view shares its parent's memory.
struct PixelView {
    const std::uint32_t* pixels = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;

    std::uint32_t at(int x, int y) const { return pixels[static_cast<std::ptrdiff_t>(y) * stride + x]; }
    PixelView sub(int x, int y, int w, int h) const;
};

class PixelBuffer {
public:
    PixelBuffer() = default;
    PixelBuffer(int width, int height, std::uint32_t fill = 0);

    int width() const { return width_; }
    int height() const { return height_; }
    std::uint32_t* data() { return pixels_.data(); }
    const std::uint32_t* data() const { return pixels_.data(); }
    std::uint32_t& at(int x, int y) { return pixels_[index(x, y)]; }
    std::uint32_t at(int x, int y) const { return pixels_[index(x, y)]; }
    PixelView view() const { return {pixels_.data(), width_, height_, width_}; }

private:
    std::size_t index(int x, int y) const { return static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(x); }

    int width_ = 0;
    int height_ = 0;
    std::vector<std::uint32_t> pixels_;
};

// A copy of the pixels a view shows.
PixelBuffer copy_of(PixelView view);

// How much of the pixel at (x, y) lies inside the circle inscribed in a w x h box, 0..1,
// so the edge is anti-aliased rather than stair-stepped.
float circle_coverage(int x, int y, int w, int h);

// Multiplies each pixel's alpha by its circle coverage: outside the inscribed circle becomes clear.
void mask_circle(PixelBuffer& image);

// Draws `source` over `target` with its top-left at (x, y), straight-alpha "over" compositing,
// clipped to the target.
void blend_over(PixelBuffer& target, PixelView source, int x, int y);

// A white disc of diameter 2r on clear pixels: its four quadrants are the corners of rounded boxes.
PixelBuffer corner_disc(int radius);

}  // namespace kiosk
