// Text lines and photos as pixels, and the painter's choice of which photos a slide can afford.
#include "kiosk/render/slide_pixels.h"

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

bool is_url(const std::string& source) {
    return source.starts_with("http://") || source.starts_with("https://");
}

}  // namespace

std::string resolve_local_only(const std::string& source) { return is_url(source) ? std::string() : source; }

std::string text_key(const TextItem& item) {
    return "t|" + font_key(item.font) + "|" + colour_key(item.colour) + "|" + item.text;
}

std::string image_key(const ImageItem& item) {
    return "i|" + std::to_string(item.rect.w) + "x" + std::to_string(item.rect.h) + (item.circle ? "|o|" : "|s|") +
           colour_key(item.fallback) + "|" + font_key(item.initials_font) + "|" + item.initials + "|" + item.source;
}

SurfacePtr SlideRasteriser::line(const TextItem& item) const {
    return fonts_.render_line(item.text, item.font, item.colour);
}

PixelBuffer SlideRasteriser::image_pixels(const ImageItem& item, DecodeCharge& charge, std::int64_t& pixels_left) {
    if (item.source.empty()) return placeholder(item);
    const std::string path = resolver_(item.source);
    if (path.empty()) return placeholder(item);
    auto image = read_image_file(path, limits_);
    if (!image) {
        report_once(item.source, image.error().message);
        return placeholder(item);
    }
    charge.pixels = image->info.decode_pixels;
    if (charge.pixels > pixels_left) {
        charge.over_budget = true;
        report_once(item.source, "the slide's photos would need more than " +
                                     std::to_string(limits_.max_slide_pixels / 1'000'000) +
                                     " megapixels of decoding together");
        return placeholder(item);
    }
    pixels_left -= charge.pixels;
    auto photo = photo_from(std::move(image).value(), item.rect.w, item.rect.h, item.circle, limits_);
    if (photo) return std::move(photo).value();
    report_once(item.source, photo.error().message);
    return placeholder(item);
}

// Mirrors Painter::paint: items in order, a texture already made is reused (and a photo's charge
// spent again), and what one item made the next identical item finds.
PreparedPixels SlideRasteriser::prepare(const DisplayList& list, CachedCharges cached) {
    PreparedPixels out;
    std::int64_t pixels_left = limits_.max_slide_pixels;
    for (const DrawItem& item : list.items) {
        if (const auto* text = std::get_if<TextItem>(&item)) {
            if (text->text.empty() || text->box.w <= 0 || text->box.h <= 0) continue;
            std::string key = text_key(*text);
            if (cached.contains(key)) continue;
            cached.emplace(key, DecodeCharge{});
            if (SurfacePtr surface = line(*text)) out.lines.emplace(std::move(key), std::move(surface));
        } else if (const auto* image = std::get_if<ImageItem>(&item)) {
            if (image->rect.w <= 0 || image->rect.h <= 0) continue;
            std::string key = image_key(*image);
            if (const auto found = cached.find(key); found != cached.end()) {
                if (!found->second.over_budget) {
                    pixels_left -= found->second.pixels;
                    continue;
                }
                if (found->second.pixels > pixels_left) continue;
            }
            DecodeCharge charge;
            PixelBuffer pixels = image_pixels(*image, charge, pixels_left);
            cached[key] = charge;
            out.images[std::move(key)] = PreparedImage{std::move(pixels), charge};
        }
    }
    return out;
}

PixelBuffer SlideRasteriser::placeholder(const ImageItem& item) const {
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

void SlideRasteriser::report_once(const std::string& source, const std::string& reason) {
    if (reported_.size() >= kMaxReported) reported_.clear();
    if (reported_.insert(source).second) log::warning("image " + source + ": " + reason + "; showing a placeholder");
}

}  // namespace kiosk
