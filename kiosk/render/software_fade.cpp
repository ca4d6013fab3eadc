// The fade's buffers, read out of and blended into the window surface.
#include "kiosk/render/software_fade.h"

#include <cstring>

namespace kiosk {
namespace {

PixelView view_of(const SDL_Surface& s) {
    return {static_cast<const std::uint32_t*>(s.pixels), s.w, s.h, s.pitch / 4};
}

// Runs `work` with the surface's pixels accessible.
template <typename Work>
bool with_pixels(SDL_Surface& surface, Work work) {
    if (SDL_MUSTLOCK(&surface) && SDL_LockSurface(&surface) != 0) return false;
    work();
    if (SDL_MUSTLOCK(&surface)) SDL_UnlockSurface(&surface);
    return true;
}

}  // namespace

bool SoftwareFade::usable(const SDL_Surface& surface) {
    return surface.format->BytesPerPixel == 4 && surface.pitch % 4 == 0;
}

bool SoftwareFade::keep_outgoing(SDL_Surface& surface) {
    end();
    if (!usable(surface)) return false;
    width_ = surface.w;
    height_ = surface.h;
    const auto pixels = static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_);
    outgoing_ = PageBuffer(pixels);
    if (outgoing_.empty()) return false;
    const auto row_bytes = static_cast<std::size_t>(width_) * sizeof(std::uint32_t);
    const bool read = with_pixels(surface, [&] {
        const PixelView window = view_of(surface);
        for (int y = 0; y < height_; ++y) {
            std::memcpy(outgoing_.data() + static_cast<std::ptrdiff_t>(y) * width_,
                        window.pixels + static_cast<std::ptrdiff_t>(y) * window.stride, row_bytes);
        }
    });
    if (!read) {
        end();
        return false;
    }
    return true;
}

bool SoftwareFade::take_incoming(SDL_Surface& surface) {
    if (outgoing_.empty() || surface.w != width_ || surface.h != height_) {
        end();
        return false;
    }
    const PixelView outgoing{outgoing_.data(), width_, height_, width_};
    // The outgoing runs are packed where the slide was, and the incoming ones follow them when
    // both fit: a fade then needs no memory beyond one copy of the screen.
    const bool read = with_pixels(surface, [&] {
        runs_ = differing_runs(outgoing, view_of(surface));
        const std::size_t n = run_pixels(runs_);
        const std::size_t room = static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_);
        std::uint32_t* to = outgoing_.data() + n;
        if (2 * n > room) {
            incoming_ = PageBuffer(n);
            if (incoming_.empty()) return;
            to = incoming_.data();
        }
        pack_runs_in_place(runs_, outgoing_.data(), width_);
        gather_runs(runs_, view_of(surface), to);
        from_ = outgoing_.data();
        to_ = to;
        ready_ = true;
    });
    if (!read || !ready_) {
        end();
        return false;
    }
    bands_ = run_bands(runs_);
    return true;
}

void SoftwareFade::frame(SDL_Surface& surface, std::uint8_t alpha) {
    if (!ready_ || surface.w != width_ || surface.h != height_) return;
    with_pixels(surface, [&] {
        blend_runs(runs_, from_, to_, static_cast<std::uint32_t*>(surface.pixels), surface.pitch / 4, alpha);
    });
}

void SoftwareFade::end() {
    outgoing_ = PageBuffer();
    incoming_ = PageBuffer();
    from_ = nullptr;
    to_ = nullptr;
    std::vector<PixelRun>().swap(runs_);
    bands_.clear();
    ready_ = false;
}

}  // namespace kiosk
