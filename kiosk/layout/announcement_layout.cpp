// Announcement: a short accent bar, the title as large as it fits, then the body, as one block a
// little above the middle of the screen, where the eye rests.
#include "kiosk/layout/announcement_layout.h"

#include <algorithm>

namespace kiosk {

namespace {

// The share of free space left above the block; under a half sits it at the optical centre.
constexpr double kOpticalCentre = 0.42;

}  // namespace

void layout_announcement(std::vector<DrawItem>& out, const Announcement& announcement, Rect body,
                         const Frame& frame) {
    const Grid& g = frame.grid;
    const int width = g.portrait ? body.w : std::min(body.w, body.w * 4 / 5);
    const int bar_height = g.u(1), bar_gap = g.u(4), text_gap = g.u(3);
    const int text_room = body.h - bar_height - bar_gap;

    const FittedText title = frame.fit(announcement.title, Size{width, text_room / 2}, FontWeight::Bold,
                                       g.portrait ? 8.0 : 9.0, 5.0, 4);
    const int body_room = text_room - title.height() - text_gap;
    FittedText text;
    if (!announcement.body.empty() && body_room > 0) {
        text = frame.fit(announcement.body, Size{width, body_room}, FontWeight::Regular, 4.8, 2.5);
    }
    const int text_height = text.empty() ? 0 : text_gap + text.height();
    const int total = bar_height + bar_gap + title.height() + text_height;
    int y = body.y + static_cast<int>(kOpticalCentre * std::max(0, body.h - total));

    const Rect column{body.x, y, width, 0};
    const bool rtl = title.right_to_left;
    const int bar_width = g.u(9);
    add_item(out, FillItem{Rect{rtl ? column.right() - bar_width : column.x, y, bar_width, bar_height},
                           frame.palette.accent, bar_height / 2});
    y += bar_height + bar_gap;
    y += place_text(out, title, Rect{column.x, y, width, title.height()}, Align::Start, frame.palette.text);
    if (!text.empty()) {
        place_text(out, text, Rect{column.x, y + text_gap, width, text.height()}, Align::Start, frame.palette.muted);
    }
}

}  // namespace kiosk
