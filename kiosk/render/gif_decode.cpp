// GIF through SDL_image's own GIF loader (never its sniffing), whose 8-bit surface is a quarter
// the size of its ARGB form: rows are converted one at a time and shrunk as they go.
#include <SDL_image.h>

#include <memory>
#include <string>
#include <vector>

#include "kiosk/render/image_decode.h"
#include "kiosk/render/row_reducer.h"
#include "kiosk/text/sdl_ptrs.h"

namespace kiosk {
namespace {

struct RwDeleter {
    void operator()(SDL_RWops* stream) const noexcept { SDL_RWclose(stream); }
};

// Row y of `surface` as ARGB8888: through its palette and colour key when it has one (SDL cannot
// convert palette rows alone), else by SDL's own conversion.
bool argb_row(SDL_Surface& surface, int y, std::vector<std::uint32_t>& out) {
    const auto* row = static_cast<const std::uint8_t*>(surface.pixels) + static_cast<std::ptrdiff_t>(y) * surface.pitch;
    const SDL_Palette* palette = surface.format->palette;
    if (palette && surface.format->BitsPerPixel == 8) {
        Uint32 key = 0;
        const bool keyed = SDL_GetColorKey(&surface, &key) == 0;
        for (std::size_t x = 0; x < out.size(); ++x) {
            const std::uint8_t index = row[x];
            if ((keyed && index == key) || index >= palette->ncolors) {
                out[x] = 0;
                continue;
            }
            const SDL_Color c = palette->colors[index];
            out[x] = argb(c.a, c.r, c.g, c.b);
        }
        return true;
    }
    return SDL_ConvertPixels(surface.w, 1, surface.format->format, row, surface.pitch, SDL_PIXELFORMAT_ARGB8888,
                             out.data(), surface.w * 4) == 0;
}

}  // namespace

Result<PixelBuffer> decode_gif(std::span<const std::uint8_t> bytes, Size cover, const ImageLimits& limits) {
    SurfacePtr decoded;
    {
        const std::unique_ptr<SDL_RWops, RwDeleter> stream(
            SDL_RWFromConstMem(bytes.data(), static_cast<int>(bytes.size())));
        if (!stream) return unexpected(std::string(SDL_GetError()));
        decoded.reset(IMG_LoadGIF_RW(stream.get()));
    }
    if (!decoded) return unexpected("cannot decode it: " + std::string(IMG_GetError()));
    SDL_Surface& surface = *decoded;
    if (!within_limits(surface.w, surface.h, limits)) {
        return unexpected(std::string("the decoded image is larger than the limits"));
    }
    const int factor = cover.w > 0 && cover.h > 0 ? cover_factor(surface.w, surface.h, cover.w, cover.h) : 1;
    RowReducer reducer(surface.w, surface.h, factor);
    std::vector<std::uint32_t> row(static_cast<std::size_t>(surface.w));
    for (int y = 0; y < surface.h && !reducer.complete(); ++y) {
        if (!argb_row(surface, y, row)) return unexpected("cannot convert it: " + std::string(SDL_GetError()));
        reducer.push(row);
    }
    return reducer.take();
}

}  // namespace kiosk
