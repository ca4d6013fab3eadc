// Drawing a display list with an SDL renderer: filled and rounded boxes, cached text lines, and
// photos or initials avatars. The painter knows nothing of content; it draws what layout decided.
#pragma once

#include <functional>
#include <set>
#include <string>

#include "kiosk/draw/display_list.h"
#include "kiosk/render/image_header.h"
#include "kiosk/render/pixel_buffer.h"
#include "kiosk/render/texture_cache.h"
#include "kiosk/text/font_stack.h"

namespace kiosk {

// Maps an image source (a path or URL from the content) to a local file to decode; an empty
// result means there is no local copy (yet), and the placeholder is drawn.
using ImageResolver = std::function<std::string(const std::string& source)>;

// Local paths as they are; URLs have no local copy until a resolver that knows the cache is set.
std::string resolve_local_only(const std::string& source);

class Painter {
public:
    Painter(SDL_Renderer& renderer, const FontStack& fonts, TextureCache& cache);

    void set_image_resolver(ImageResolver resolver) { resolver_ = std::move(resolver); }
    void set_image_limits(const ImageLimits& limits) { limits_ = limits; }

    // Draws `list` onto the renderer's current target, which should be list.screen in size.
    // Textures come from the cache when an earlier list drew the same text or image. The list's
    // photos share limits.max_slide_pixels of decoding, in the order they are drawn: a photo that
    // would go past it is not decoded, and its placeholder is drawn instead.
    void paint(const DisplayList& list);

private:
    void fill(const FillItem& item);
    void text(const TextItem& item);
    void image(const ImageItem& item);

    SDL_Texture* corner_texture(int radius);
    SDL_Texture* image_texture(const ImageItem& item);
    PixelBuffer image_pixels(const ImageItem& item, DecodeCharge& charge);
    PixelBuffer placeholder(const ImageItem& item) const;
    TexturePtr make_texture(PixelBuffer& pixels);
    void report_once(const std::string& source, const std::string& reason);

    SDL_Renderer& renderer_;
    const FontStack& fonts_;
    TextureCache& cache_;
    ImageResolver resolver_ = resolve_local_only;
    ImageLimits limits_;
    std::int64_t slide_pixels_left_ = 0;  // decoding the list being painted may still spend
    std::set<std::string> reported_;  // sources already logged as unusable, so each is logged once
};

}  // namespace kiosk
