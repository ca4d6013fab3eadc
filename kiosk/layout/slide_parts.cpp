// The recurring shapes of slides and the block arithmetic that places them.
#include "kiosk/layout/slide_parts.h"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <variant>

#include "kiosk/base/bidi.h"
#include "kiosk/layout/avatar_colour.h"

namespace kiosk {

namespace {

constexpr double kPillTextUnits = 2.6;

void shift(Rect& r, int dx, int dy) {
    r.x += dx;
    r.y += dy;
}

}  // namespace

FittedText Frame::fit(std::string_view text, Size box, FontWeight weight, double max_units, double min_units,
                      int max_lines) const {
    const TextStyle style{weight, grid.text_px(max_units), grid.text_px(min_units), max_lines};
    return fit_text(text, box, style, measurer);
}

FittedText Frame::lines(std::string_view text, int width, FontWeight weight, double units, int max_lines) const {
    return fit_lines(text, width, FontSpec{weight, grid.text_px(units)}, max_lines, measurer);
}

int Frame::line_height(FontWeight weight, double units) const {
    return measurer.line_height(FontSpec{weight, grid.text_px(units)});
}

void append_block(std::vector<DrawItem>& out, const Block& block, int dx, int dy) {
    for (DrawItem item : block.items) {
        std::visit([&](auto& i) {
            if constexpr (std::is_same_v<std::decay_t<decltype(i)>, TextItem>) {
                shift(i.box, dx, dy);
            } else {
                shift(i.rect, dx, dy);
            }
        }, item);
        out.emplace_back(std::move(item));
    }
}

int pill_height(const Frame& frame) {
    return frame.line_height(FontWeight::Bold, kPillTextUnits) + frame.grid.u(0.8);
}

Rect add_pill(std::vector<DrawItem>& out, int x, int y, std::string_view label, const Frame& frame) {
    const FittedText text = frame.lines(label, frame.grid.safe.w, FontWeight::Bold, kPillTextUnits, 1);
    const int pad_x = frame.grid.u(1.6);
    const Rect pill{x, y, text.width() + 2 * pad_x, pill_height(frame)};
    add_item(out, FillItem{pill, frame.palette.accent, pill.h / 2});
    place_text(out, text, Rect{x + pad_x, y + (pill.h - text.height()) / 2, text.width(), text.height()},
               Align::Centre, frame.palette.accent_text);
    return pill;
}

void add_progress_bar(std::vector<DrawItem>& out, Rect bar, double progress, const Palette& palette) {
    const int radius = bar.h / 2;
    add_item(out, FillItem{bar, palette.track, radius});
    const double share = std::clamp(progress, 0.0, 1.0);
    int filled = static_cast<int>(std::lround(share * bar.w));
    if (filled <= 0) return;
    // A sliver shorter than the rounded ends would draw as a blob, so it starts at their width.
    filled = std::max(filled, bar.h);
    add_item(out, FillItem{Rect{bar.x, bar.y, std::min(filled, bar.w), bar.h}, palette.accent, radius});
}

ImageItem avatar_item(Rect box, const std::string& source, std::string_view name, const Grid& grid) {
    ImageItem item;
    item.rect = box;
    item.source = source;
    item.circle = true;
    item.initials = initials_of(name);
    item.fallback = avatar_colour(name);
    const int px = static_cast<int>(std::lround(0.38 * std::min(box.w, box.h)));
    item.initials_font = FontSpec{FontWeight::Bold, std::max(grid.min_text_px, px)};
    return item;
}

FillItem rule_item(int x, int y, int width, const Frame& frame) {
    return FillItem{Rect{x, y, width, std::max(1, frame.grid.u(0.15))}, frame.palette.rule, 0};
}

bool reads_right_to_left(std::string_view text) {
    return bidi::right_to_left(text);
}

}  // namespace kiosk
