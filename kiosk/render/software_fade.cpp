// Reading slides back from the software renderer and blending them into the window surface.
#include "kiosk/render/software_fade.h"

#include "kiosk/render/blend.h"

namespace kiosk {
namespace {

// The pixels of `texture` (the window when null) in `format`, rows packed.
bool read_pixels(SDL_Renderer& renderer, SDL_Texture* texture, Uint32 format, int width, int height,
                 std::vector<std::uint8_t>& out) {
    out.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    if (SDL_SetRenderTarget(&renderer, texture) != 0) return false;
    const bool read = SDL_RenderReadPixels(&renderer, nullptr, format, out.data(), width * 4) == 0;
    SDL_SetRenderTarget(&renderer, nullptr);
    return read;
}

}  // namespace

bool SoftwareFade::begin(SDL_Renderer& renderer, SDL_Window& window, SDL_Texture* from, SDL_Texture& to) {
    end();
    const SDL_Surface* surface = SDL_GetWindowSurface(&window);
    if (surface == nullptr || surface->format->BytesPerPixel != 4) return false;
    width_ = surface->w;
    height_ = surface->h;
    const Uint32 format = surface->format->format;
    if (!read_pixels(renderer, from, format, width_, height_, from_) ||
        !read_pixels(renderer, &to, format, width_, height_, to_)) {
        end();
        return false;
    }
    return true;
}

void SoftwareFade::frame(SDL_Window& window, std::uint8_t alpha) {
    SDL_Surface* surface = SDL_GetWindowSurface(&window);
    if (surface == nullptr || surface->w != width_ || surface->h != height_) return;
    if (SDL_MUSTLOCK(surface) && SDL_LockSurface(surface) != 0) return;
    const auto row_bytes = static_cast<std::size_t>(width_) * 4;
    for (int y = 0; y < height_; ++y) {
        const std::size_t offset = static_cast<std::size_t>(y) * row_bytes;
        auto* out = static_cast<std::uint8_t*>(surface->pixels) + static_cast<std::ptrdiff_t>(y) * surface->pitch;
        blend_bytes(out, from_.data() + offset, to_.data() + offset, row_bytes, alpha);
    }
    if (SDL_MUSTLOCK(surface)) SDL_UnlockSurface(surface);
}

void SoftwareFade::end() {
    // Swapping with empty vectors gives the memory back; clear() would keep it.
    std::vector<std::uint8_t>().swap(from_);
    std::vector<std::uint8_t>().swap(to_);
}

}  // namespace kiosk
