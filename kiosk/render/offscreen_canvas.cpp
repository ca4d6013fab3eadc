// The offscreen canvas: a software renderer whose target is an ARGB8888 surface.
#include "kiosk/render/offscreen_canvas.h"

#include "kiosk/render/png_file.h"

namespace kiosk {

Result<OffscreenCanvas> OffscreenCanvas::create(Size size) {
    if (size.w <= 0 || size.h <= 0 || size.w > 16384 || size.h > 16384) {
        return unexpected("the size " + std::to_string(size.w) + "x" + std::to_string(size.h) + " is not usable");
    }
    OffscreenCanvas canvas;
    canvas.size_ = size;
    canvas.surface_.reset(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!canvas.surface_) return unexpected("cannot allocate the canvas: " + std::string(SDL_GetError()));
    canvas.renderer_.reset(SDL_CreateSoftwareRenderer(canvas.surface_.get()));
    if (!canvas.renderer_) return unexpected("cannot create the software renderer: " + std::string(SDL_GetError()));
    return canvas;
}

// SDL batches draw calls; this makes them land in the surface before it is read.
void OffscreenCanvas::flush() { SDL_RenderFlush(renderer_.get()); }

std::uint32_t OffscreenCanvas::pixel(int x, int y) {
    flush();
    const auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + static_cast<std::ptrdiff_t>(y) * surface_->pitch;
    return reinterpret_cast<const std::uint32_t*>(row)[x];
}

Status OffscreenCanvas::save_png(const std::string& path) {
    flush();
    return save_png_atomically(*surface_, path);
}

}  // namespace kiosk
