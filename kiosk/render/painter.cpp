// The painter: one SDL call sequence per display-list item, with textures reused across frames.
#include "kiosk/render/painter.h"

#include <algorithm>
#include <array>

#include "kiosk/base/log.h"
#include "kiosk/render/image_loader.h"

namespace kiosk {
namespace {

SDL_Rect to_sdl(const Rect& r) { return {r.x, r.y, r.w, r.h}; }

bool is_opaque(const PixelBuffer& pixels) {
    const std::uint32_t* p = pixels.data();
    const std::size_t n = static_cast<std::size_t>(pixels.width()) * static_cast<std::size_t>(pixels.height());
    return std::all_of(p, p + n, [](std::uint32_t v) { return alpha_of(v) == 255; });
}

}  // namespace

Painter::Painter(SDL_Renderer& renderer, const FontStack& fonts, TextureCache& cache)
    : renderer_(renderer), cache_(cache), raster_(fonts) {}

void Painter::paint(const DisplayList& list, PreparedPixels* prepared) {
    prepared_ = prepared;
    cache_.begin_list();
    slide_pixels_left_ = raster_.limits().max_slide_pixels;
    SDL_SetRenderDrawBlendMode(&renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(&renderer_, list.background.r, list.background.g, list.background.b, 255);
    // A filled rectangle rather than a clear, which would ignore the clip of a strip being painted.
    SDL_RenderFillRect(&renderer_, nullptr);
    for (const DrawItem& item : list.items) {
        std::visit([this](const auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, FillItem>) fill(it);
            else if constexpr (std::is_same_v<T, TextItem>) text(it);
            else image(it);
        }, item);
    }
    cache_.end_list();
    prepared_ = nullptr;
}

void Painter::fill(const FillItem& item) {
    const Rect& r = item.rect;
    if (r.w <= 0 || r.h <= 0 || item.colour.a == 0) return;
    const Colour c = item.colour;
    SDL_SetRenderDrawBlendMode(&renderer_, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(&renderer_, c.r, c.g, c.b, c.a);
    const int radius = std::min({item.radius, r.w / 2, r.h / 2});
    SDL_Texture* corners = radius > 0 ? corner_texture(radius) : nullptr;
    if (corners == nullptr) {
        const SDL_Rect whole = to_sdl(r);
        SDL_RenderFillRect(&renderer_, &whole);
        return;
    }
    // Nine non-overlapping pieces, so a translucent colour is blended exactly once everywhere.
    const int k = radius;
    const std::array<SDL_Rect, 3> bands = {SDL_Rect{r.x + k, r.y, r.w - 2 * k, k},
                                           SDL_Rect{r.x, r.y + k, r.w, r.h - 2 * k},
                                           SDL_Rect{r.x + k, r.bottom() - k, r.w - 2 * k, k}};
    for (const SDL_Rect& band : bands) {
        if (band.w > 0 && band.h > 0) SDL_RenderFillRect(&renderer_, &band);
    }
    SDL_SetTextureColorMod(corners, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(corners, c.a);
    const std::array<std::array<int, 2>, 4> quadrants = {{{0, 0}, {1, 0}, {0, 1}, {1, 1}}};
    for (const auto& [qx, qy] : quadrants) {
        const SDL_Rect src{qx * k, qy * k, k, k};
        const SDL_Rect dst{qx != 0 ? r.right() - k : r.x, qy != 0 ? r.bottom() - k : r.y, k, k};
        SDL_RenderCopy(&renderer_, corners, &src, &dst);
    }
}

void Painter::text(const TextItem& item) {
    if (item.text.empty() || item.box.w <= 0 || item.box.h <= 0) return;
    const std::string key = text_key(item);
    SDL_Texture* texture = cache_.find(key);
    if (texture == nullptr) {
        SurfacePtr line;
        if (prepared_ != nullptr) {
            if (const auto found = prepared_->lines.find(key); found != prepared_->lines.end()) {
                line = std::move(found->second);
                prepared_->lines.erase(found);
            }
        }
        if (!line) line = raster_.line(item);
        if (!line) return;
        TexturePtr created(SDL_CreateTextureFromSurface(&renderer_, line.get()));
        if (!created) return;
        texture = cache_.insert(key, std::move(created));
    }
    int w = 0, h = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, &w, &h);
    // The text never extends past its box: layout measured it to fit, and this guarantees it.
    const SDL_Rect src{0, 0, std::min(w, item.box.w), std::min(h, item.box.h)};
    const SDL_Rect dst{item.box.x, item.box.y, src.w, src.h};
    SDL_RenderCopy(&renderer_, texture, &src, &dst);
}

void Painter::image(const ImageItem& item) {
    if (item.rect.w <= 0 || item.rect.h <= 0) return;
    SDL_Texture* texture = image_texture(item);
    if (texture == nullptr) return;
    const SDL_Rect dst = to_sdl(item.rect);
    SDL_RenderCopy(&renderer_, texture, nullptr, &dst);
}

SDL_Texture* Painter::corner_texture(int radius) {
    const std::string key = "c|" + std::to_string(radius);
    if (SDL_Texture* found = cache_.find(key)) return found;
    PixelBuffer disc = corner_disc(radius);
    TexturePtr texture = make_texture(disc);
    return texture ? cache_.insert(key, std::move(texture)) : nullptr;
}

SDL_Texture* Painter::image_texture(const ImageItem& item) {
    const std::string key = image_key(item);
    // A photo found in the cache is charged what it cost to decode, so that the same list always
    // ends with the same photos and placeholders, whatever the cache held before. A placeholder
    // drawn for want of budget stays only while the photo still does not fit.
    SDL_Texture* found = cache_.find(key);
    const DecodeCharge cached = cache_.charge(key);
    if (found != nullptr && !cached.over_budget) {
        slide_pixels_left_ -= cached.pixels;
        return found;
    }
    if (found != nullptr && cached.pixels > slide_pixels_left_) return found;
    if (std::optional<PreparedImage> ready = take_prepared(key)) {
        if (!ready->charge.over_budget) slide_pixels_left_ -= ready->charge.pixels;
        TexturePtr texture = make_texture(ready->pixels);
        return texture ? cache_.insert(key, std::move(texture), ready->charge) : nullptr;
    }
    DecodeCharge charge;
    PixelBuffer pixels = raster_.image_pixels(item, charge, slide_pixels_left_);
    TexturePtr texture = make_texture(pixels);
    return texture ? cache_.insert(key, std::move(texture), charge) : nullptr;
}

// A prepared photo or placeholder, if the choice made for it still holds with the budget left
// (it does unless the cache changed since it was prepared).
std::optional<PreparedImage> Painter::take_prepared(const std::string& key) {
    if (prepared_ == nullptr) return std::nullopt;
    const auto found = prepared_->images.find(key);
    if (found == prepared_->images.end()) return std::nullopt;
    PreparedImage ready = std::move(found->second);
    prepared_->images.erase(found);
    const bool fits = ready.charge.pixels <= slide_pixels_left_;
    if (ready.charge.over_budget == fits) return std::nullopt;
    return ready;
}

TexturePtr Painter::make_texture(PixelBuffer& pixels) {
    if (pixels.width() <= 0 || pixels.height() <= 0) return nullptr;
    SurfacePtr surface = wrap_pixels(pixels);
    if (!surface) return nullptr;
    TexturePtr texture(SDL_CreateTextureFromSurface(&renderer_, surface.get()));
    // Opaque photos are copied rather than blended: the same picture, and cheaper in software.
    if (texture) SDL_SetTextureBlendMode(texture.get(), is_opaque(pixels) ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    return texture;
}

}  // namespace kiosk
