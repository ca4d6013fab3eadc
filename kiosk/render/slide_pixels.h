// The CPU half of painting a slide: text lines rasterised and photos decoded into pixels, with no
// renderer involved, so that it can be done off the frame loop. The painter makes textures of them.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>

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

// The keys textures are cached under: everything that changes the pixels.
std::string text_key(const TextItem& item);
std::string image_key(const ImageItem& item);

struct PreparedImage {
    PixelBuffer pixels;
    DecodeCharge charge;
};

// What a display list needs that the texture cache did not hold, by texture key.
struct PreparedPixels {
    std::unordered_map<std::string, SurfacePtr> lines;
    std::unordered_map<std::string, PreparedImage> images;
};

// The charges of the textures a cache holds, by key: what preparing a list may skip.
using CachedCharges = std::unordered_map<std::string, DecodeCharge>;

class SlideRasteriser {
public:
    explicit SlideRasteriser(const FontStack& fonts) : fonts_(fonts) {}

    void set_image_resolver(ImageResolver resolver) { resolver_ = std::move(resolver); }
    void set_image_limits(const ImageLimits& limits) { limits_ = limits; }
    const ImageLimits& limits() const { return limits_; }

    // One text line; nullptr when nothing is drawable.
    SurfacePtr line(const TextItem& item) const;
    // A photo scaled to its box, or its placeholder; `pixels_left` is the slide's decoding budget,
    // spent by the photo when it is decoded.
    PixelBuffer image_pixels(const ImageItem& item, DecodeCharge& charge, std::int64_t& pixels_left);

    // Everything `list` needs beyond `cached`, decided as the painter decides when it paints the
    // list over a cache holding `cached`: the same photos, placeholders and budget.
    PreparedPixels prepare(const DisplayList& list, CachedCharges cached);

private:
    PixelBuffer placeholder(const ImageItem& item) const;
    void report_once(const std::string& source, const std::string& reason);

    const FontStack& fonts_;
    ImageResolver resolver_ = resolve_local_only;
    ImageLimits limits_;
    std::set<std::string> reported_;  // sources already logged as unusable, so each is logged once
};

}  // namespace kiosk
