// The strip along the top of every slide: the event's name or logo, the connection note, the clock.
#pragma once

#include <string>
#include <vector>

#include "kiosk/layout/slide_parts.h"

namespace kiosk {

struct StripContent {
    std::string title;  // the event's name
    std::string logo;   // image source; empty: none
    std::string clock;  // "14:05"; empty: no clock (untrusted or unknown)
    std::string note;   // connection note in muted text; empty: none
};

// Draws the strip at the top of the safe area and returns the area left for the slide's body.
// The note sits beside the clock when there is room and otherwise along the bottom of the safe
// area, where it takes its line from the body.
Rect layout_status_strip(std::vector<DrawItem>& out, const StripContent& strip, const Frame& frame);

}  // namespace kiosk
