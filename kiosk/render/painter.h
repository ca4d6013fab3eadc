// Drawing a display list with an SDL renderer: filled and rounded boxes, cached text lines, and
// photos or initials avatars. The painter knows nothing of content; it draws what layout decided.
#pragma once

#include <optional>
#include <string>

#include "kiosk/draw/display_list.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/pixel_buffer.h"
#include "kiosk/render/slide_pixels.h"
#include "kiosk/render/texture_cache.h"
#include "kiosk/text/font_stack.h"

namespace kiosk {

class Painter {
public:
    Painter(SDL_Renderer& renderer, const FontStack& fonts, TextureCache& cache);

    void set_image_resolver(ImageResolver resolver) { raster_.set_image_resolver(std::move(resolver)); }
    void set_image_limits(const ImageLimits& limits) { raster_.set_image_limits(limits); }

    // Draws `list` onto the renderer's current target, which should be list.screen in size.
    // Textures come from the cache when an earlier list drew the same text or image. The list's
    // photos share limits.max_slide_pixels of decoding, in the order they are drawn: a photo that
    // would go past it is not decoded, and its placeholder is drawn instead. Lines and photos in
    // `prepared` (made by a SlideRasteriser elsewhere) are used instead of being made again, and
    // are taken out of it.
    void paint(const DisplayList& list, PreparedPixels* prepared = nullptr);

private:
    void fill(const FillItem& item);
    void text(const TextItem& item);
    void image(const ImageItem& item);

    SDL_Texture* corner_texture(int radius);
    SDL_Texture* image_texture(const ImageItem& item);
    std::optional<PreparedImage> take_prepared(const std::string& key);
    TexturePtr make_texture(PixelBuffer& pixels);

    SDL_Renderer& renderer_;
    TextureCache& cache_;
    SlideRasteriser raster_;
    PreparedPixels* prepared_ = nullptr;  // during paint()
    std::int64_t slide_pixels_left_ = 0;  // decoding the list being painted may still spend
};

}  // namespace kiosk
