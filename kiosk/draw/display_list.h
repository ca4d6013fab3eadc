// What a slide looks like, as a flat list of boxes, text lines and images in screen pixels.
// The pure layout module produces it; the SDL renderer draws it and knows nothing of content.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "kiosk/draw/colour.h"

namespace kiosk {

struct Size {
    int w = 0, h = 0;
    friend bool operator==(const Size&, const Size&) = default;
};

struct Rect {
    int x = 0, y = 0, w = 0, h = 0;
    int right() const { return x + w; }
    int bottom() const { return y + h; }
    bool contains(const Rect& o) const { return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom(); }
    friend bool operator==(const Rect&, const Rect&) = default;
};

enum class FontWeight { Regular, Bold };

struct FontSpec {
    FontWeight weight = FontWeight::Regular;
    int px = 16;  // pixel height passed to the font engine
    friend bool operator==(const FontSpec&, const FontSpec&) = default;
};

// A filled, optionally rounded rectangle.
struct FillItem {
    Rect rect;
    Colour colour;
    int radius = 0;
    friend bool operator==(const FillItem&, const FillItem&) = default;
};

// One line of already-wrapped text. `box` is the line's full box: the text is drawn at its
// top-left and never extends past it.
struct TextItem {
    Rect box;
    std::string text;  // UTF-8, one line, no newlines
    FontSpec font;
    Colour colour;
    friend bool operator==(const TextItem&, const TextItem&) = default;
};

// An image (photo, avatar, logo, post image), scaled to cover `rect` and cropped centred.
// When it cannot be loaded, the renderer draws `initials` on `fallback` instead.
struct ImageItem {
    Rect rect;
    std::string source;    // resolved path or URL; may be empty
    bool circle = false;   // mask to a circle (avatars)
    std::string initials;  // for the generated avatar / placeholder
    Colour fallback;
    FontSpec initials_font;
    friend bool operator==(const ImageItem&, const ImageItem&) = default;
};

using DrawItem = std::variant<FillItem, TextItem, ImageItem>;

struct DisplayList {
    Size screen;
    Colour background;
    std::vector<DrawItem> items;
    friend bool operator==(const DisplayList&, const DisplayList&) = default;
};

}  // namespace kiosk
