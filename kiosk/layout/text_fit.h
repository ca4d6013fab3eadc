// Fitting text into a box: the largest size between a minimum and a maximum at which the wrapped
// text fits, an ellipsis only when even the minimum does not, and placement as one TextItem per line.
#pragma once

#include <string_view>
#include <vector>

#include "kiosk/layout/line_break.h"
#include "kiosk/draw/text_measurer.h"

namespace kiosk {

struct TextStyle {
    FontWeight weight = FontWeight::Regular;
    int max_px = 16;
    int min_px = 16;    // never set below the slide's legibility floor
    int max_lines = 0;  // 0: as many as the height allows
};

struct FittedText {
    FontSpec font;
    int line_height = 0;
    std::vector<TextLine> lines;  // an empty text means a blank line that keeps its height
    bool truncated = false;       // the end was cut and "…" added
    bool right_to_left = false;   // the first strong character is Arabic, Hebrew, ...

    bool empty() const { return lines.empty(); }
    int height() const { return line_height * static_cast<int>(lines.size()); }
    int width() const;
};

// The text wrapped at the largest size in [min_px, max_px] where it fits `box` (and max_lines).
// When it does not fit even at min_px, it is set at min_px with as many lines as fit and the last
// one ends in "…". Characters no font can draw are removed first. Empty text gives no lines.
FittedText fit_text(std::string_view utf8, Size box, const TextStyle& style, const TextMeasurer& measurer);

// The same, at one size on at most `max_lines` lines of unlimited height.
FittedText fit_lines(std::string_view utf8, int width, FontSpec font, int max_lines, const TextMeasurer& measurer);

// Horizontal placement of each line. Start and End follow the reading direction of the line's
// paragraph: Start is the right edge for a right-to-left paragraph.
enum class Align { Start, Centre, End };

// Adds one TextItem per line, stacked by line height from `area.y`, each box exactly as wide as
// its line and aligned within area.x .. area.right(). Returns the height used.
int place_text(std::vector<DrawItem>& out, const FittedText& text, Rect area, Align align, Colour colour);

}  // namespace kiosk
