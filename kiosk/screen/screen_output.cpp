// Slide textures, rotation and the crossfade's composition on the SDL renderer.
#include "kiosk/screen/screen_output.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <vector>

#include "kiosk/render/png_file.h"

namespace kiosk {

Result<std::unique_ptr<ScreenOutput>> ScreenOutput::open(const ScreenOptions& options, const FontStack& fonts) {
    auto video = open_video_output(options.video);
    if (!video) return unexpected(video.error());
    return adopt(std::move(*video), options.rotation, fonts);
}

std::unique_ptr<ScreenOutput> ScreenOutput::adopt(VideoOutput video, int rotation, const FontStack& fonts) {
    return std::unique_ptr<ScreenOutput>(new ScreenOutput(std::move(video), rotation, fonts));
}

// Text lines, photos and the textures of a slide (up to a few MiB) come and go with every
// slide; the fade's own buffers are mapped apart (PageBuffer). glibc raises its mmap threshold
// when the first large block is freed, after which the next ones come from the heap and stay
// resident when freed; a fixed threshold keeps each in its own mapping, given back at once.
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

bool ScreenOutput::on_window() const {
    if (video_.accelerated || rotation_ != 0 || !covers_output()) return false;
    const SDL_Surface* surface = SDL_GetWindowSurface(video_.window.get());
    return surface != nullptr && SoftwareFade::usable(*surface);
}

bool ScreenOutput::draw(int slot, const DisplayList& list, PreparedPixels* prepared) {
    if (on_window()) return draw_on_window(slot, list, prepared);
    SDL_Texture* target = slot_texture(slot);
    if (target == nullptr || SDL_SetRenderTarget(video_.renderer.get(), target) != 0) return false;
    painter_.paint(list, prepared);
    SDL_SetRenderTarget(video_.renderer.get(), nullptr);
    return true;
}

// The slide is painted straight into the window surface, which is not shown before present().
// When another slide is on screen, the fade keeps what it needs of the new one, and the surface
// goes on showing the old one until the fade's frames move it over.
bool ScreenOutput::draw_on_window(int slot, const DisplayList& list, PreparedPixels* prepared) {
    SDL_Surface* surface = SDL_GetWindowSurface(video_.window.get());
    SDL_Renderer* r = video_.renderer.get();
    if (surface == nullptr || SDL_SetRenderTarget(r, nullptr) != 0) return false;
    if (surface != populated_) populate(*surface);
    if (fade_.ready()) finish_fade(*surface, true);
    const bool fade_in = on_screen_ && *on_screen_ != slot && fade_.prepare(*surface, [&](const Rect& clip) {
        const SDL_Rect c{clip.x, clip.y, clip.w, clip.h};
        SDL_RenderSetClipRect(r, &c);
        painter_.paint(list, prepared);
        SDL_RenderFlush(r);  // SDL batches draw calls: they must land before the pixels are read
    });
    SDL_RenderSetClipRect(r, nullptr);
    if (fade_in) {
        incoming_ = slot;
        incoming_list_ = list;
        return true;
    }
    // A slide with no memory to fade in simply replaces the old one.
    fade_.end();
    paint_on_window(slot, list, prepared);
    return true;
}

// The window surface's pages get their memory in one call rather than one page fault each as the
// first slide is painted: thousands of faults are a good part of the first frame's time.
void ScreenOutput::populate(SDL_Surface& surface) {
    populated_ = &surface;
#ifdef MADV_POPULATE_WRITE
    const long page = sysconf(_SC_PAGESIZE);
    const auto start = reinterpret_cast<std::uintptr_t>(surface.pixels);
    const auto first = start / static_cast<std::uintptr_t>(page) * static_cast<std::uintptr_t>(page);
    const auto end = start + static_cast<std::uintptr_t>(surface.pitch) * static_cast<std::uintptr_t>(surface.h);
    madvise(reinterpret_cast<void*>(first), end - first, MADV_POPULATE_WRITE);  // only advice: faults work too
#endif
}

void ScreenOutput::paint_on_window(int slot, const DisplayList& list, PreparedPixels* prepared) {
    painter_.paint(list, prepared);
    SDL_RenderFlush(video_.renderer.get());
    on_screen_ = slot;
    shown_list_ = list;
    changed_.reset();  // the whole picture is new
}

// The window shows either end of the fade, and the fade's buffers go. Going back to the outgoing
// slide (which no caller does in practice) paints it again, since the fade's frames overwrote it.
void ScreenOutput::finish_fade(SDL_Surface& surface, bool incoming) {
    if (incoming) {
        fade_.frame(surface, 255);
        changed_ = fade_.bands();
        on_screen_ = incoming_;
        shown_list_ = std::move(incoming_list_);
        fade_.end();
        return;
    }
    fade_.end();
    if (on_screen_) paint_on_window(*on_screen_, shown_list_);
}

void ScreenOutput::compose(int base, std::optional<int> over, std::uint8_t alpha) {
    if (on_window()) {
        compose_on_window(base, over, alpha);
        return;
    }
    SDL_Renderer* r = video_.renderer.get();
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

// The window surface already holds the one slide drawn last, or a fade's frame is blended into it.
void ScreenOutput::compose_on_window(int base, std::optional<int> over, std::uint8_t alpha) {
    SDL_Surface* surface = SDL_GetWindowSurface(video_.window.get());
    if (surface == nullptr || !fade_.ready()) return;
    if (over && *over == incoming_ && on_screen_ == base) {
        fade_.frame(*surface, alpha);
        changed_ = fade_.bands();
        return;
    }
    finish_fade(*surface, base == incoming_);
}

void ScreenOutput::settle(int front) {
    if (on_window()) {
        SDL_Surface* surface = SDL_GetWindowSurface(video_.window.get());
        if (fade_.ready() && surface != nullptr) {
            finish_fade(*surface, front == incoming_);
            present();
        }
        on_screen_ = front;
        for (auto& slot : slots_) slot.reset();  // drawn before a turn or a resize, if any
    } else {
        // A GPU renderer's back buffer is undefined after present, and a turned slide cannot be
        // read back as it was drawn: the front texture is kept for the next fade.
        slots_.at(static_cast<std::size_t>(1 - front)).reset();
    }
    // Painting a slide frees many line and photo buffers of a few hundred KiB, which the heap
    // would otherwise keep; once per slide, handing their pages back costs next to nothing.
    malloc_trim(0);
}

double ScreenOutput::fade_share() const {
    if (!fade_.ready()) return 1.0;
    const double screen = static_cast<double>(video_.size.w) * static_cast<double>(video_.size.h);
    return screen > 0 ? static_cast<double>(fade_.changed_pixels()) / screen : 1.0;
}

// A fade frame shows only the bands it changed; anything else shows the whole picture.
void ScreenOutput::present() {
    if (!changed_) {
        SDL_RenderPresent(video_.renderer.get());
        return;
    }
    std::vector<SDL_Rect> rects;
    for (const Rect& b : *changed_) rects.push_back({b.x, b.y, b.w, b.h});
    if (!rects.empty()) SDL_UpdateWindowSurfaceRects(video_.window.get(), rects.data(), static_cast<int>(rects.size()));
    changed_.reset();
}

Status ScreenOutput::save_png(const std::string& path) {
    const Size size = video_.size;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, size.w, size.h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!surface) return unexpected(SDL_GetError());
    if (SDL_RenderReadPixels(video_.renderer.get(), nullptr, SDL_PIXELFORMAT_ARGB8888, surface->pixels,
                             surface->pitch) != 0) {
        return unexpected(SDL_GetError());
    }
    return save_png_atomically(*surface, path);
}

void ScreenOutput::refresh_size() {
    SDL_GetRendererOutputSize(video_.renderer.get(), &video_.size.w, &video_.size.h);
    forget_textures();
}

void ScreenOutput::forget_textures() {
    fade_.end();
    for (auto& slot : slots_) slot.reset();
    on_screen_.reset();
    changed_.reset();
    cache_.clear();
}

}  // namespace kiosk
