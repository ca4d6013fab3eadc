// Safe area and proportional units.
#include "kiosk/layout/grid.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

int min_text_px(Size screen) {
    return static_cast<int>(std::ceil(kMinTextShare * std::min(screen.w, screen.h)));
}

Grid make_grid(Size screen) {
    Grid g;
    g.screen = screen;
    const int inset_x = static_cast<int>(std::ceil(kSafeMargin * screen.w));
    const int inset_y = static_cast<int>(std::ceil(kSafeMargin * screen.h));
    g.safe = Rect{inset_x, inset_y, std::max(0, screen.w - 2 * inset_x), std::max(0, screen.h - 2 * inset_y)};
    g.short_side = std::min(screen.w, screen.h);
    g.portrait = screen.h > screen.w;
    g.min_text_px = min_text_px(screen);
    return g;
}

int Grid::u(double n) const { return std::max(1, static_cast<int>(std::lround(n * short_side / 100.0))); }

int Grid::text_px(double n) const { return std::max(min_text_px, u(n)); }

}  // namespace kiosk
