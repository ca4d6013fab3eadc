// Owning handles for SDL and SDL_ttf objects: one empty deleter and one unique_ptr alias per type.
#pragma once

#include <memory>

#include <SDL.h>
#include <SDL_ttf.h>

namespace kiosk {

struct SdlWindowDeleter {
    void operator()(SDL_Window* window) const noexcept { SDL_DestroyWindow(window); }
};
struct SdlRendererDeleter {
    void operator()(SDL_Renderer* renderer) const noexcept { SDL_DestroyRenderer(renderer); }
};
struct SdlTextureDeleter {
    void operator()(SDL_Texture* texture) const noexcept { SDL_DestroyTexture(texture); }
};
struct SdlSurfaceDeleter {
    void operator()(SDL_Surface* surface) const noexcept { SDL_FreeSurface(surface); }
};
namespace text {
// Closes a font while holding the lock that serialises opening and closing (see font_cache.h).
void close_font(TTF_Font* font) noexcept;
}  // namespace text
struct TtfFontDeleter {
    void operator()(TTF_Font* font) const noexcept { text::close_font(font); }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlWindowDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlRendererDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlTextureDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlSurfaceDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, TtfFontDeleter>;

}  // namespace kiosk
