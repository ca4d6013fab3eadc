// The fade's strips, packed pixels and steps on the window surface.
#include "kiosk/render/software_fade.h"

#include <algorithm>
#include <cstring>

#include "kiosk/render/blend.h"

namespace kiosk {
namespace {

// 64 rows of 1080p are 480 KiB; 17 strips paint a 1080p slide.
constexpr int kStripRows = 64;

PixelView view_of(const SDL_Surface& s) { return {static_cast<const std::uint32_t*>(s.pixels), s.w, s.h, s.pitch / 4}; }

std::uint32_t* row_of(SDL_Surface& s, int y) {
    return static_cast<std::uint32_t*>(s.pixels) + static_cast<std::ptrdiff_t>(y) * (s.pitch / 4);
}

}  // namespace

bool SoftwareFade::usable(const SDL_Surface& surface) {
    return surface.format->BytesPerPixel == 4 && surface.pitch % 4 == 0 && !SDL_MUSTLOCK(&surface);
}

bool SoftwareFade::prepare(SDL_Surface& surface, const std::function<void(const Rect&)>& paint) {
    end();
    if (!usable(surface)) return false;
    width_ = surface.w;
    height_ = surface.h;
    // Room for every pixel, but only the pages written are ever given memory.
    to_ = PageBuffer(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_));
    if (to_.empty()) return false;
    const auto row_bytes = static_cast<std::size_t>(width_) * sizeof(std::uint32_t);
    strip_.resize(static_cast<std::size_t>(width_) * kStripRows);
    for (int y0 = 0; y0 < height_; y0 += kStripRows) {
        const int rows = std::min(kStripRows, height_ - y0);
        for (int y = 0; y < rows; ++y) std::memcpy(&strip_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_)], row_of(surface, y0 + y), row_bytes);
        paint(Rect{0, y0, width_, rows});
        const std::size_t first = runs_.size();
        const PixelView outgoing{strip_.data(), width_, rows, width_};
        append_differing_runs(runs_, outgoing, view_of(surface).sub(0, y0, width_, rows), y0);
        gather_runs(std::span(runs_).subspan(first), view_of(surface), to_.data());
        for (int y = 0; y < rows; ++y) std::memcpy(row_of(surface, y0 + y), &strip_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_)], row_bytes);
    }
    bands_ = run_bands(runs_);
    shown_ = 0;
    ready_ = true;
    return true;
}

void SoftwareFade::frame(SDL_Surface& surface, std::uint8_t alpha) {
    if (!ready_ || surface.w != width_ || surface.h != height_ || alpha <= shown_) return;
    step_runs(runs_, to_.data(), static_cast<std::uint32_t*>(surface.pixels), surface.pitch / 4, step_weight(shown_, alpha));
    shown_ = alpha;
}

void SoftwareFade::end() {
    to_ = PageBuffer();
    std::vector<PixelRun>().swap(runs_);
    bands_.clear();
    shown_ = 0;
    ready_ = false;
}

}  // namespace kiosk
