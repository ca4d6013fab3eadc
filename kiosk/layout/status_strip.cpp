// Status strip: name left, note and clock right, a hairline beneath; the note drops to a footer
// line when the top row is too narrow for it.
#include "kiosk/layout/status_strip.h"

#include <algorithm>

namespace kiosk {

namespace {

constexpr double kStripTextUnits = 3.0;
constexpr double kNoteUnits = 2.5;

// The clock at the right end of the row; returns its left edge.
int place_clock(std::vector<DrawItem>& out, const StripContent& strip, Rect row, const Frame& frame) {
    if (strip.clock.empty()) return row.right();
    const FittedText clock = frame.lines(strip.clock, row.w / 3, FontWeight::Bold, kStripTextUnits, 1);
    const int y = row.y + (row.h - clock.height()) / 2;
    place_text(out, clock, Rect{row.x, y, row.w, clock.height()}, Align::End, frame.palette.text);
    return row.right() - clock.width();
}

// The note left of the clock, if it fits while leaving the title a fair share; returns its left
// edge, or `right` when it did not fit there.
int place_note_in_row(std::vector<DrawItem>& out, const std::string& note, Rect row, int right, const Frame& frame) {
    const int gap = frame.grid.u(3);
    const int room = right - gap - row.x - row.w * 2 / 5;
    if (room <= 0) return right;
    const FittedText text = frame.lines(note, room, FontWeight::Regular, kNoteUnits, 1);
    if (text.truncated || text.empty()) return right;
    const int y = row.y + (row.h - text.height()) / 2;
    place_text(out, text, Rect{row.x, y, right - gap - row.x, text.height()}, Align::End, frame.palette.muted);
    return right - gap - text.width();
}

// The note on the last line of the safe area; returns the height it took from the body.
int place_note_in_footer(std::vector<DrawItem>& out, const std::string& note, const Frame& frame) {
    const Rect safe = frame.grid.safe;
    const FittedText text = frame.lines(note, safe.w, FontWeight::Regular, kNoteUnits, 1);
    place_text(out, text, Rect{safe.x, safe.bottom() - text.height(), safe.w, text.height()}, Align::Start,
               frame.palette.muted);
    return text.height() + frame.grid.u(2);
}

// The logo (square, rounded) then the event's name, up to `right`.
void place_title(std::vector<DrawItem>& out, const StripContent& strip, Rect row, int right, const Frame& frame) {
    int x = row.x;
    if (!strip.logo.empty()) {
        ImageItem logo;
        logo.rect = Rect{x, row.y, row.h, row.h};
        logo.source = strip.logo;
        logo.fallback = frame.palette.surface;
        logo.initials_font = FontSpec{FontWeight::Bold, frame.grid.min_text_px};
        add_item(out, std::move(logo));
        x += row.h + frame.grid.u(1.5);
    }
    const int width = right - frame.grid.u(3) - x;
    if (width <= 0 || strip.title.empty()) return;
    const FittedText title =
        frame.fit(strip.title, Size{width, row.h}, FontWeight::Bold, kStripTextUnits, kNoteUnits, 1);
    const int y = row.y + (row.h - title.height()) / 2;
    place_text(out, title, Rect{x, y, width, title.height()}, Align::Start, frame.palette.text);
}

}  // namespace

Rect layout_status_strip(std::vector<DrawItem>& out, const StripContent& strip, const Frame& frame) {
    const Grid& g = frame.grid;
    const int text_height = frame.line_height(FontWeight::Bold, kStripTextUnits);
    const Rect row{g.safe.x, g.safe.y, g.safe.w, std::max(text_height, g.u(6))};
    int right = place_clock(out, strip, row, frame);
    int footer = 0;
    if (!strip.note.empty()) {
        const int note_left = place_note_in_row(out, strip.note, row, right, frame);
        if (note_left == right) footer = place_note_in_footer(out, strip.note, frame);
        right = note_left;
    }
    place_title(out, strip, row, right, frame);

    const int rule_y = row.bottom() + g.u(1.8);
    add_item(out, rule_item(row.x, rule_y, row.w, frame));
    const int body_top = rule_y + g.u(3.5);
    return Rect{g.safe.x, body_top, g.safe.w, std::max(0, g.safe.bottom() - footer - body_top)};
}

}  // namespace kiosk
