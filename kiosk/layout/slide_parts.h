// Shared pieces of every slide: the frame (grid, palette, measurer), blocks laid out at the
// origin and moved into place, and the small recurring shapes (pills, progress bars, avatars).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/layout/grid.h"
#include "kiosk/layout/text_fit.h"
#include "kiosk/layout/theme_contrast.h"

namespace kiosk {

// What every layout function works with.
struct Frame {
    const Grid& grid;
    const Palette& palette;
    const TextMeasurer& measurer;

    // Fits text of one weight between two sizes given in grid units (never below the floor).
    FittedText fit(std::string_view text, Size box, FontWeight weight, double max_units, double min_units,
                   int max_lines = 0) const;
    // Fits text at one size in grid units on at most `max_lines` lines.
    FittedText lines(std::string_view text, int width, FontWeight weight, double units, int max_lines) const;
    int line_height(FontWeight weight, double units) const;
};

// Appends one item. Constructing the variant in place also avoids a false -Wmaybe-uninitialized
// that g++ 12 reports when a temporary item is moved into the vector.
template <typename Item>
void add_item(std::vector<DrawItem>& out, Item item) {
    out.emplace_back(std::in_place_type<Item>, std::move(item));
}

// Items laid out with their top-left at (0, 0), to be measured before they are placed.
struct Block {
    std::vector<DrawItem> items;
    int height = 0;
    int width = 0;
};

// Moves every item of `block` by (dx, dy) and appends it to `out`.
void append_block(std::vector<DrawItem>& out, const Block& block, int dx, int dy);

// A rounded label such as "NOW": accent fill, accent text, centred. Returns the pill's box.
Rect add_pill(std::vector<DrawItem>& out, int x, int y, std::string_view label, const Frame& frame);

// The height add_pill gives.
int pill_height(const Frame& frame);

// A rounded progress bar: the track, then the accent part for `progress` (0..1).
void add_progress_bar(std::vector<DrawItem>& out, Rect bar, double progress, const Palette& palette);

// A photo (or initials avatar when `source` is empty or cannot be loaded) in a circle.
ImageItem avatar_item(Rect box, const std::string& source, std::string_view name, const Grid& grid);

// A horizontal hairline.
FillItem rule_item(int x, int y, int width, const Frame& frame);

// The reading start of a line of text, for things drawn beside it (accent bars, avatars).
bool reads_right_to_left(std::string_view text);

}  // namespace kiosk
