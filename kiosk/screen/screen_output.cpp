// Slide textures, rotation and the crossfade's composition on the SDL renderer.
#include "kiosk/screen/screen_output.h"

#include <SDL_image.h>

#include <vector>

namespace kiosk {

Result<std::unique_ptr<ScreenOutput>, std::string> ScreenOutput::open(const ScreenOptions& options,
                                                                      const FontStack& fonts) {
    auto video = open_video_output(options.video);
    if (!video) return unexpected(video.error());
    return adopt(std::move(*video), options.rotation, fonts);
}

std::unique_ptr<ScreenOutput> ScreenOutput::adopt(VideoOutput video, int rotation, const FontStack& fonts) {
    return std::unique_ptr<ScreenOutput>(new ScreenOutput(std::move(video), rotation, fonts));
}

ScreenOutput::ScreenOutput(VideoOutput video, int rotation, const FontStack& fonts)
    : video_(std::move(video)), rotation_(rotation), painter_(*video_.renderer, fonts, cache_) {}

ScreenOutput::~ScreenOutput() = default;

Size ScreenOutput::slide_size() const {
    if (rotation_ == 90 || rotation_ == 270) return {video_.size.h, video_.size.w};
    return video_.size;
}

SDL_Texture* ScreenOutput::slot_texture(int slot) {
    TexturePtr& texture = slots_.at(static_cast<std::size_t>(slot));
    const Size size = slide_size();
    int w = 0, h = 0;
    if (texture && SDL_QueryTexture(texture.get(), nullptr, nullptr, &w, &h) == 0 && w == size.w && h == size.h) {
        return texture.get();
    }
    texture.reset(SDL_CreateTexture(video_.renderer.get(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                    size.w, size.h));
    return texture.get();
}

bool ScreenOutput::draw(int slot, const DisplayList& list) {
    SDL_Texture* target = slot_texture(slot);
    if (target == nullptr || SDL_SetRenderTarget(video_.renderer.get(), target) != 0) return false;
    painter_.paint(list);
    SDL_SetRenderTarget(video_.renderer.get(), nullptr);
    return true;
}

void ScreenOutput::compose(int base, std::optional<int> over, std::uint8_t alpha) {
    SDL_Renderer* r = video_.renderer.get();
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
    SDL_RenderClear(r);
    const Size slide = slide_size();
    // Turning about the centre: the slide's rectangle is centred on the output, then rotated.
    const SDL_Rect dst{(video_.size.w - slide.w) / 2, (video_.size.h - slide.h) / 2, slide.w, slide.h};
    const auto copy = [&](int slot, SDL_BlendMode mode, std::uint8_t a) {
        SDL_Texture* texture = slots_.at(static_cast<std::size_t>(slot)).get();
        if (texture == nullptr) return;
        SDL_SetTextureBlendMode(texture, mode);
        SDL_SetTextureAlphaMod(texture, a);
        if (rotation_ == 0) SDL_RenderCopy(r, texture, nullptr, &dst);
        else SDL_RenderCopyEx(r, texture, nullptr, &dst, rotation_, nullptr, SDL_FLIP_NONE);
    };
    // The outgoing slide stays fully opaque under the incoming one, so no frame is darker than both.
    copy(base, SDL_BLENDMODE_NONE, 255);
    if (over && alpha > 0) copy(*over, SDL_BLENDMODE_BLEND, alpha);
}

void ScreenOutput::present() { SDL_RenderPresent(video_.renderer.get()); }

std::optional<std::string> ScreenOutput::save_png(const std::string& path) {
    const Size size = video_.size;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) return std::string(SDL_GetError());
    if (SDL_RenderReadPixels(video_.renderer.get(), nullptr, SDL_PIXELFORMAT_ARGB8888, surface->pixels,
                             surface->pitch) != 0) {
        return std::string(SDL_GetError());
    }
    if (IMG_SavePNG(surface.get(), path.c_str()) != 0) return std::string(IMG_GetError());
    return std::nullopt;
}

void ScreenOutput::refresh_size() {
    SDL_GetRendererOutputSize(video_.renderer.get(), &video_.size.w, &video_.size.h);
    forget_textures();
}

void ScreenOutput::forget_textures() {
    for (auto& slot : slots_) slot.reset();
    cache_.clear();
}

}  // namespace kiosk
