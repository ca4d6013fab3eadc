// Programme slide: a heading with the day, then the sessions in time order, the one on now as a
// card. Rows that do not fit are summed up in one line, so nothing is ever cut off.
#include "kiosk/layout/programme_layout.h"

#include <algorithm>

#include "kiosk/layout/day_over_layout.h"
#include "kiosk/layout/door_layout.h"
#include "kiosk/layout/programme_rows.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

namespace {

constexpr double kDayUnits = 4.4;
constexpr double kSideUnits = 2.8;

// The day, with the venue at the far end when there is room; returns the height used.
int place_heading(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view, Rect body,
                  const Frame& frame) {
    const Grid& g = frame.grid;
    int y = body.y;
    if (view.before_event) {
        const FittedText kicker = frame.lines("Coming up", body.w, FontWeight::Bold, kSideUnits, 1);
        y += place_text(out, kicker, Rect{body.x, y, body.w, kicker.height()}, Align::Start, frame.palette.highlight);
        y += g.u(0.4);
    }
    const FittedText day = frame.lines(view.day_label, body.w, FontWeight::Bold, kDayUnits, 1);
    place_text(out, day, Rect{body.x, y, body.w, day.height()}, Align::Start, frame.palette.text);
    const int room = body.w - day.width() - g.u(4);
    if (!content.event.venue.empty() && room > body.w / 4) {
        const FittedText venue = frame.lines(content.event.venue, room, FontWeight::Regular, kSideUnits, 1);
        const int venue_y = y + (day.height() - venue.height()) / 2;
        place_text(out, venue, Rect{body.right() - room, venue_y, room, venue.height()}, Align::End,
                   frame.palette.muted);
    }
    return y + day.height() + g.u(2.2) - body.y;
}

int now_count(const ProgrammeView& view) {
    return static_cast<int>(std::count_if(view.entries.begin(), view.entries.end(),
                                          [](const ProgrammeEntry& e) { return e.state == SessionState::Now; }));
}

struct Row {
    Block block;
    bool ruled = false;  // a hairline above: a new time slot after a plain row
    bool card = false;   // the session on now, drawn as a card
};

// The rows in time order, each slot's time shown once.
std::vector<Row> build_rows(const Content& content, const ProgrammeView& view, const SlideContext& context,
                            int width, const Frame& frame) {
    std::vector<Row> rows;
    const bool compact = now_count(view) > 1;
    for (const TimeSlot& slot : view.slots) {
        bool first = true;
        for (const ProgrammeEntry& entry : slot.entries) {
            const RowOptions options{context.now, first, compact};
            const bool on_now = entry.state == SessionState::Now;
            const bool after_row = !rows.empty() && !rows.back().card;
            rows.push_back(Row{on_now ? now_card(content, entry, width, options, frame)
                                      : session_row(content, entry, width, options, frame),
                               first && !on_now && after_row, on_now});
            first = false;
        }
    }
    return rows;
}

// The summary of the `shown` rows' followers that did not fit.
std::string more_line(const ProgrammeView& view, std::size_t shown, const Content& content) {
    const std::size_t left = view.entries.size() - shown;
    const Session* last = view.slots.back().entries.back().session;
    std::string text = "+ " + std::to_string(left) + (left == 1 ? " more session" : " more sessions");
    if (!view.before_event) text += " later today";
    return text + ", until " + local_clock(last->end, content);
}

void place_rows(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                const std::vector<Row>& rows, Rect area, const Frame& frame) {
    const Grid& g = frame.grid;
    const int more_h = frame.line_height(FontWeight::Regular, kSideUnits) + g.u(1.5);
    const FillItem rule = rule_item(area.x, 0, area.w, frame);
    std::size_t shown = 0;
    int y = area.y;
    for (const Row& row : rows) {
        const bool last = shown + 1 == rows.size();
        const int rule_h = row.ruled ? rule.rect.h : 0;
        if (y + rule_h + row.block.height > area.bottom() - (last ? 0 : more_h)) break;
        if (row.ruled) add_item(out, rule_item(area.x, y, area.w, frame));
        y += rule_h;
        append_block(out, row.block, area.x, y);
        y += row.block.height + (row.card ? g.u(1.2) : 0);
        ++shown;
    }
    if (shown < rows.size()) {
        const FittedText more = frame.lines(more_line(view, shown, content), area.w, FontWeight::Regular, kSideUnits, 1);
        place_text(out, more, Rect{area.x, y + g.u(1.5), area.w, more.height()}, Align::Start, frame.palette.muted);
    }
}

void layout_day_list(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                     const SlideContext& context, Rect body, const Frame& frame) {
    const int heading = place_heading(out, content, view, body, frame);
    const Rect area{body.x, body.y + heading, body.w, body.h - heading};
    const std::vector<Row> rows = build_rows(content, view, context, area.w, frame);
    place_rows(out, content, view, rows, area, frame);
}

}  // namespace

void layout_programme(std::vector<DrawItem>& out, const Content& content, const SlideContext& context, Rect body,
                      const Frame& frame) {
    const ProgrammeQuery query{context.now, context.clock_trusted, content.display.room};
    const ProgrammeView view = programme_view(content, query);
    if (content.display.room) {
        layout_door_screen(out, content, view, context, body, frame);
    } else if (view.day_over || view.entries.empty()) {
        layout_day_over(out, content, view, body, frame);
    } else {
        layout_day_list(out, content, view, context, body, frame);
    }
}

}  // namespace kiosk
