// The proportional grid every slide is laid out on: the safe area and units of the shorter side.
#pragma once

#include "kiosk/draw/display_list.h"

namespace kiosk {

// Televisions overscan: nothing but the background is drawn within 5% of any edge.
inline constexpr double kSafeMargin = 0.05;
// Legibility floor: no text smaller than 2.5% of the shorter side (FontSpec::px).
inline constexpr double kMinTextShare = 0.025;

struct Grid {
    Size screen;
    Rect safe;          // the screen inset by kSafeMargin on every edge
    int short_side = 0;
    bool portrait = false;
    int min_text_px = 0;

    // `n` hundredths of the shorter side, rounded, at least 1: every size scales with the screen.
    int u(double n) const;
    // A font size of `n` units, never below the legibility floor.
    int text_px(double n) const;
};

Grid make_grid(Size screen);

// The smallest font size any text may have on a screen of this size.
int min_text_px(Size screen);

}  // namespace kiosk
