// The painter: one SDL call sequence per display-list item, with textures reused across frames.
#include "kiosk/render/painter.h"

#include <algorithm>
#include <array>

#include "kiosk/base/log.h"
#include "kiosk/render/image_loader.h"

namespace kiosk {
namespace {

constexpr std::size_t kMaxReported = 256;  // bounds the memory of "already logged" sources

std::string colour_key(Colour c) {
    constexpr std::array<char, 16> digits = {'0', '1', '2', '3', '4', '5', '6', '7',
                                             '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    std::string out;
    for (std::uint8_t v : {c.r, c.g, c.b, c.a}) {
        out += digits[v >> 4];
        out += digits[v & 0xF];
    }
    return out;
}

std::string font_key(FontSpec font) {
    return (font.weight == FontWeight::Bold ? "b" : "r") + std::to_string(font.px);
}

std::string text_key(const TextItem& item) {
    return "t|" + font_key(item.font) + "|" + colour_key(item.colour) + "|" + item.text;
}

std::string image_key(const ImageItem& item) {
    return "i|" + std::to_string(item.rect.w) + "x" + std::to_string(item.rect.h) + (item.circle ? "|o|" : "|s|") +
           colour_key(item.fallback) + "|" + font_key(item.initials_font) + "|" + item.initials + "|" + item.source;
}

SDL_Rect to_sdl(const Rect& r) { return {r.x, r.y, r.w, r.h}; }

bool is_opaque(const PixelBuffer& pixels) {
    const std::uint32_t* p = pixels.data();
    const std::size_t n = static_cast<std::size_t>(pixels.width()) * static_cast<std::size_t>(pixels.height());
    return std::all_of(p, p + n, [](std::uint32_t v) { return alpha_of(v) == 255; });
}

bool is_url(const std::string& source) {
    return source.starts_with("http://") || source.starts_with("https://");
}

}  // namespace

std::string resolve_local_only(const std::string& source) { return is_url(source) ? std::string() : source; }

Painter::Painter(SDL_Renderer& renderer, const FontStack& fonts, TextureCache& cache)
    : renderer_(renderer), fonts_(fonts), cache_(cache) {}

void Painter::paint(const DisplayList& list) {
    cache_.begin_list();
    slide_pixels_left_ = limits_.max_slide_pixels;
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
        SurfacePtr line = fonts_.render_line(item.text, item.font, item.colour);
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
    DecodeCharge charge;
    PixelBuffer pixels = image_pixels(item, charge);
    TexturePtr texture = make_texture(pixels);
    return texture ? cache_.insert(key, std::move(texture), charge) : nullptr;
}

PixelBuffer Painter::image_pixels(const ImageItem& item, DecodeCharge& charge) {
    if (item.source.empty()) return placeholder(item);
    const std::string path = resolver_(item.source);
    if (path.empty()) return placeholder(item);
    auto image = read_image_file(path, limits_);
    if (!image) {
        report_once(item.source, image.error().message);
        return placeholder(item);
    }
    charge.pixels = image->info.decode_pixels;
    if (charge.pixels > slide_pixels_left_) {
        charge.over_budget = true;
        report_once(item.source, "the slide's photos would need more than " +
                                     std::to_string(limits_.max_slide_pixels / 1'000'000) +
                                     " megapixels of decoding together");
        return placeholder(item);
    }
    slide_pixels_left_ -= charge.pixels;
    auto photo = photo_from(std::move(image).value(), item.rect.w, item.rect.h, item.circle, limits_);
    if (photo) return std::move(photo).value();
    report_once(item.source, photo.error().message);
    return placeholder(item);
}

PixelBuffer Painter::placeholder(const ImageItem& item) const {
    const Colour f = item.fallback;
    PixelBuffer pixels(item.rect.w, item.rect.h, argb(255, f.r, f.g, f.b));
    if (SurfacePtr initials = fonts_.render_line(item.initials, item.initials_font, Colour{255, 255, 255, 255})) {
        if (initials->format->format == SDL_PIXELFORMAT_ARGB8888) {
            const PixelView glyphs = view_of(*initials);
            blend_over(pixels, glyphs, (item.rect.w - glyphs.width) / 2, (item.rect.h - glyphs.height) / 2);
        }
    }
    if (item.circle) mask_circle(pixels);
    return pixels;
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

void Painter::report_once(const std::string& source, const std::string& reason) {
    if (reported_.size() >= kMaxReported) reported_.clear();
    if (reported_.insert(source).second) log::warning("image " + source + ": " + reason + "; showing a placeholder");
}

}  // namespace kiosk
