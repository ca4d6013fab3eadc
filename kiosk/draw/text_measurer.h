// The one thing layout needs to know about fonts: how big a piece of text is.
// The real implementation uses SDL2_ttf (kiosk/text); layout itself never touches SDL.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/draw/display_list.h"

namespace kiosk {

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Advance width in pixels of a single line of UTF-8 text, shaped as it will be drawn.
    virtual int width(std::string_view utf8, FontSpec font) const = 0;
    // Height of one line box (ascent + descent) at this size; lines are stacked by this.
    virtual int line_height(FontSpec font) const = 0;
    // The text with characters that no font in the chain can draw removed. Bidi marks and isolates
    // are kept: they draw nothing but order the line.
    virtual std::string drawable(std::string_view utf8) const = 0;
};

}  // namespace kiosk
