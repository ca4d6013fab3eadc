// Slide textures, rotation and the crossfade's composition on the SDL renderer.
#include "kiosk/screen/screen_output.h"

#include <SDL_image.h>
#include <malloc.h>

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

// Slide buffers of 8 MiB come and go with every fade. glibc raises its mmap threshold when the
// first one is freed, after which the next ones come from the heap and stay resident when freed;
// a fixed threshold keeps every large buffer in its own mapping, given back to the system at once.
constexpr int kOwnMappingBytes = 1 << 20;

ScreenOutput::ScreenOutput(VideoOutput video, int rotation, const FontStack& fonts)
    : video_(std::move(video)), rotation_(rotation), painter_(*video_.renderer, fonts, cache_) {
    mallopt(M_MMAP_THRESHOLD, kOwnMappingBytes);
}

ScreenOutput::~ScreenOutput() = default;

Size ScreenOutput::slide_size() const {
    if (rotation_ == 90 || rotation_ == 270) return {video_.size.h, video_.size.w};
    return video_.size;
}

// Slides have no transparency: a format without alpha lets SDL copy them without per-pixel
// blending wherever it still composes them (GPU renderers, turned screens).
constexpr Uint32 kSlideFormat = SDL_PIXELFORMAT_RGB888;

SDL_Texture* ScreenOutput::slot_texture(int slot) {
    TexturePtr& texture = slots_.at(static_cast<std::size_t>(slot));
    const Size size = slide_size();
    int w = 0, h = 0, access = 0;
    if (texture && SDL_QueryTexture(texture.get(), nullptr, &access, &w, &h) == 0 && w == size.w && h == size.h &&
        access == SDL_TEXTUREACCESS_TARGET) {
        return texture.get();
    }
    texture.reset();  // before the new one, so two never exist at once
    texture.reset(SDL_CreateTexture(video_.renderer.get(), kSlideFormat, SDL_TEXTUREACCESS_TARGET, size.w, size.h));
    return texture.get();
}

bool ScreenOutput::covers_output() const {
    return (rotation_ == 0 || rotation_ == 180) && slide_size() == video_.size;
}

// The slide on screen, read back into a texture for slot `slot` so that a fade can start from it.
bool ScreenOutput::capture_screen(int slot) {
    SDL_Renderer* r = video_.renderer.get();
    const Size size = video_.size;
    TexturePtr texture(SDL_CreateTexture(r, kSlideFormat, SDL_TEXTUREACCESS_STREAMING, size.w, size.h));
    void* pixels = nullptr;
    int pitch = 0;
    if (!texture || SDL_LockTexture(texture.get(), nullptr, &pixels, &pitch) != 0) return false;
    const bool read = SDL_RenderReadPixels(r, nullptr, kSlideFormat, pixels, pitch) == 0;
    SDL_UnlockTexture(texture.get());
    if (read) slots_.at(static_cast<std::size_t>(slot)) = std::move(texture);
    return read;
}

bool ScreenOutput::draw(int slot, const DisplayList& list) {
    fade_.end();
    if (on_screen_ == slot) on_screen_.reset();
    SDL_Texture* target = slot_texture(slot);
    if (target == nullptr || SDL_SetRenderTarget(video_.renderer.get(), target) != 0) return false;
    painter_.paint(list);
    SDL_SetRenderTarget(video_.renderer.get(), nullptr);
    return true;
}

// Whether this fade's frames are blended on the CPU straight into the window surface: with the
// software renderer, when the slides fill the output unturned.
bool ScreenOutput::blend_on_cpu(int base, int over) {
    if (fade_.active()) return true;
    SDL_Texture* to = slots_.at(static_cast<std::size_t>(over)).get();
    if (video_.accelerated || rotation_ != 0 || !covers_output() || to == nullptr) return false;
    // A missing outgoing texture is the slide the window shows, which the fade reads back.
    return fade_.begin(*video_.renderer, *video_.window, slots_.at(static_cast<std::size_t>(base)).get(), *to);
}

void ScreenOutput::compose(int base, std::optional<int> over, std::uint8_t alpha) {
    SDL_Renderer* r = video_.renderer.get();
    const bool held = on_screen_ == base && !slots_.at(static_cast<std::size_t>(base));
    if (!over) {
        fade_.end();
        if (held) return;  // the window surface still shows it
    } else if (blend_on_cpu(base, *over)) {
        fade_.frame(*video_.window, alpha);
        return;
    } else if (held && !capture_screen(base)) {
        return;
    }
    const Size slide = slide_size();
    if (!covers_output()) {
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
        SDL_RenderClear(r);
    }
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

void ScreenOutput::settle(int front) {
    slots_.at(static_cast<std::size_t>(1 - front)).reset();
    // Painting a slide frees many line and photo buffers of a few hundred KiB, which the heap
    // would otherwise keep; once per slide, handing their pages back costs next to nothing.
    malloc_trim(0);
    // A GPU renderer's back buffer is undefined after present, and a turned slide cannot be read
    // back as it was drawn: both keep the front texture.
    if (video_.accelerated || rotation_ != 0 || slide_size() != video_.size) return;
    slots_.at(static_cast<std::size_t>(front)).reset();
    on_screen_ = front;
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
    fade_.end();
    for (auto& slot : slots_) slot.reset();
    on_screen_.reset();
    cache_.clear();
}

}  // namespace kiosk
