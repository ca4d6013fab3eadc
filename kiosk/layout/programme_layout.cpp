// Programme slide: a heading with the day, then the sessions in time order, the one on now as a
// card. Rows that do not fit are summed up in one line, so nothing is ever cut off.
#include "kiosk/layout/programme_layout.h"

#include <algorithm>

#include "kiosk/layout/day_over_layout.h"
#include "kiosk/layout/door_layout.h"
#include "kiosk/layout/programme_rows.h"
#include "kiosk/layout/rooms_layout.h"
#include "kiosk/schedule/deck.h"
#include "kiosk/schedule/room_board.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

namespace {

constexpr double kDayUnits = 4.4;
constexpr double kSideUnits = 2.8;

// The gap above the line that sums up what is left.
int g_more(const Frame& frame) { return frame.grid.u(1.5); }

// The day, with the venue at the far end when there is room; returns the height used.
int place_heading(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view, Rect body,
                  const Frame& frame) {
    const Grid& g = frame.grid;
    int y = body.y;
    // After the rooms board the day's pages list what comes later, not the whole day.
    const char* kicker_text = view.before_event ? "Coming up" : uses_room_board(content) ? "Later today" : nullptr;
    if (kicker_text != nullptr) {
        const FittedText kicker = frame.lines(kicker_text, body.w, FontWeight::Bold, kSideUnits, 1);
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
    RowBlock laid;
    bool ruled = false;  // a hairline above: a new time slot after a plain row
    bool card = false;   // sessions on now, drawn on a card
    int sessions = 1;    // how many sessions the row shows
};

// Several sessions on now share one card under one NOW pill, each on a compact row with its own
// bar, as many as fit in `max_height`.
Row now_group(const Content& content, const ProgrammeView& view, const RowOptions& options, int width,
              int max_height, const Frame& frame) {
    const Grid& g = frame.grid;
    const int pad = g.u(2.6);
    std::vector<DrawItem> inner;
    const int x = pad + time_column_width(frame, options.scale);
    const Rect pill = add_pill(inner, x, pad, "NOW", frame);
    int y = pill.bottom() + g.u(0.4);
    Row row{RowBlock{}, false, true, 0};
    for (const ProgrammeEntry& entry : view.entries) {
        if (entry.state != SessionState::Now) continue;
        const RowBlock one = now_card(content, entry, width, options, frame);
        if (row.sessions > 0 && y + one.block.height + pad > max_height) break;
        if (row.sessions > 0) add_item(inner, rule_item(x, y, width - x - pad, frame));
        append_block(inner, one.block, 0, y);
        y += one.block.height;
        row.laid.title_cut = row.laid.title_cut || one.title_cut;
        ++row.sessions;
    }
    Block& block = row.laid.block;
    block.width = width;
    block.height = y + g.u(1.2);
    add_item(block.items, FillItem{Rect{0, 0, width, block.height}, frame.palette.surface, g.u(1.4)});
    add_item(block.items, FillItem{Rect{0, 0, g.u(0.8), block.height}, frame.palette.accent, 0});
    for (DrawItem& item : inner) block.items.push_back(std::move(item));
    return row;
}

// The height of all rows stacked, with their hairlines and the gap after the card.
int stacked_height(const std::vector<Row>& rows, const Frame& frame) {
    const int rule_h = rule_item(0, 0, 1, frame).rect.h;
    int height = 0;
    for (const Row& row : rows) {
        height += row.laid.block.height + (row.ruled ? rule_h : 0) + (row.card ? frame.grid.u(1.2) : 0);
    }
    return height;
}

// The rows in time order, each slot's time shown once; several sessions on now come as a group.
std::vector<Row> build_rows(const Content& content, const ProgrammeView& view, const SlideContext& context,
                            Size area, double scale, const Frame& frame) {
    std::vector<Row> rows;
    const bool grouped = now_count(view) > 1;
    if (grouped) {
        const RowOptions options{context.now, true, true, scale};
        // The sessions on now matter most: they may take all but the summary line of what follows.
        const int summary = frame.line_height(FontWeight::Regular, kSideUnits) + frame.grid.u(1.5 + 1.2);
        rows.push_back(now_group(content, view, options, area.w, area.h - summary, frame));
    }
    for (const TimeSlot& slot : view.slots) {
        bool first = true;
        for (const ProgrammeEntry& entry : slot.entries) {
            const bool on_now = entry.state == SessionState::Now;
            if (grouped && on_now) continue;
            const RowOptions options{context.now, first, false, scale};
            const bool after_row = !rows.empty() && !rows.back().card;
            rows.push_back(Row{on_now ? now_card(content, entry, area.w, options, frame)
                                      : session_row(content, entry, area.w, options, frame),
                               first && !on_now && after_row, on_now});
            first = false;
            // Rows past the bottom are never shown: a day of 2,000 sessions is not laid out whole.
            if (stacked_height(rows, frame) > area.h) return rows;
        }
    }
    return rows;
}

// Sessions of the day that no slide of the cycle shows: those after the last page's.
struct Beyond {
    std::size_t count = 0;
    Instant until{};  // the latest end among them
};

// The summary of the sessions that did not fit, and of those no page shows; for the latter it
// says where they will be seen.
std::string more_line(const ProgrammeView& view, std::size_t shown, std::size_t shown_now, const Beyond& beyond,
                      const Content& content) {
    const std::size_t left = view.entries.size() - shown + beyond.count;
    Instant until = view.entries.empty() ? beyond.until : view.slots.back().entries.back().session->end;
    if (beyond.count > 0) until = std::max(until, beyond.until);
    std::string text = "+ " + std::to_string(left) + (left == 1 ? " more session" : " more sessions");
    const bool all_later = now_count(view) <= static_cast<int>(shown_now);
    if (!view.before_event && all_later) text += " later today";
    if (beyond.count > 0) {
        // Short enough for one line on a narrow screen: where to look is the point.
        return "+ " + std::to_string(left) + " more until " + local_clock(until, content) + ", shown here as they come up";
    }
    return text + ", until " + local_clock(until, content);
}

void place_rows(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                const std::vector<Row>& rows, Rect area, const Beyond& beyond, const Frame& frame) {
    const Grid& g = frame.grid;
    const int more_h = frame.line_height(FontWeight::Regular, kSideUnits) + g.u(1.5);
    const FillItem rule = rule_item(area.x, 0, area.w, frame);
    std::size_t shown = 0;
    std::size_t sessions = 0, sessions_now = 0;
    int y = area.y;
    for (const Row& row : rows) {
        // The summary line is needed unless this row shows the last of the sessions.
        const bool last = sessions + static_cast<std::size_t>(row.sessions) == view.entries.size() &&
                          beyond.count == 0;
        const int rule_h = row.ruled ? rule.rect.h : 0;
        const int gap_after = row.card ? g.u(1.2) : 0;
        if (y + rule_h + row.laid.block.height + gap_after > area.bottom() - (last ? 0 : more_h)) break;
        if (row.ruled) add_item(out, rule_item(area.x, y, area.w, frame));
        y += rule_h;
        append_block(out, row.laid.block, area.x, y);
        y += row.laid.block.height + gap_after;
        ++shown;
        sessions += static_cast<std::size_t>(row.sessions);
        if (row.card) sessions_now += static_cast<std::size_t>(row.sessions);
    }
    if (sessions < view.entries.size() || beyond.count > 0) {
        const std::string text = more_line(view, sessions, sessions_now, beyond, content);
        const FittedText more = frame.lines(text, area.w, FontWeight::Regular, kSideUnits, 1);
        place_text(out, more, Rect{area.x, y + g.u(1.5), area.w, more.height()}, Align::Start, frame.palette.muted);
    }
}

void layout_day_list(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                     const SlideContext& context, Rect body, const Beyond& beyond, const Frame& frame) {
    const int heading = place_heading(out, content, view, body, frame);
    const Rect area{body.x, body.y + heading, body.w, body.h - heading};
    // A short day on a tall screen would leave half of it empty: its text is set larger instead.
    // A page that sums up what follows is set at the one size of every page.
    for (const double scale : {1.3, 1.15}) {
        if (beyond.count > 0) break;
        const std::vector<Row> rows = build_rows(content, view, context, Size{area.w, area.h}, scale, frame);
        const bool cut = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.laid.title_cut; });
        int sessions = 0;
        for (const Row& row : rows) sessions += row.sessions;
        const bool all = sessions == static_cast<int>(view.entries.size());
        const int more_h = beyond.count > 0 ? frame.line_height(FontWeight::Regular, kSideUnits) + g_more(frame) : 0;
        if (all && !cut && stacked_height(rows, frame) + more_h <= area.h) {
            place_rows(out, content, view, rows, area, beyond, frame);
            return;
        }
    }
    place_rows(out, content, view, build_rows(content, view, context, Size{area.w, area.h}, 1.0, frame), area,
               beyond, frame);
}

// What no page of the cycle shows, counted on the cycle's last page of the day.
Beyond beyond_page(const Content& content, const Slide& slide, Instant now) {
    Beyond beyond;
    if (slide.session_ids.empty() || !slide.last_page) return beyond;
    const std::vector<const Session*> rest = day_list_sessions(content, now);
    const auto last = std::find_if(rest.rbegin(), rest.rend(), [&](const Session* s) {
        return std::find(slide.session_ids.begin(), slide.session_ids.end(), s->id) != slide.session_ids.end();
    });
    for (auto it = last.base(); it != rest.end(); ++it) {
        ++beyond.count;
        beyond.until = std::max(beyond.until, (*it)->end);
    }
    return beyond;
}

}  // namespace

void layout_programme(std::vector<DrawItem>& out, const Content& content, const Slide& slide,
                      const SlideContext& context, Rect body, const Frame& frame) {
    if (slide.part == ProgrammePart::Rooms) {
        layout_rooms_board(out, content, slide, context, body, frame);
        return;
    }
    ProgrammeView view = programme_view(content, screen_query(content, context.now, context.clock_trusted));
    if (!slide.session_ids.empty() && !view.day_over) {
        const Beyond beyond = beyond_page(content, slide, context.now);
        view = page_view(view, slide.session_ids, content);
        if (!view.entries.empty()) {
            layout_day_list(out, content, view, context, body, beyond, frame);
            return;
        }
    }
    if (content.display.room) {
        layout_door_screen(out, content, view, context, body, frame);
    } else if (view.day_over || view.entries.empty()) {
        layout_day_over(out, content, view, body, frame);
    } else {
        layout_day_list(out, content, view, context, body, Beyond{}, frame);
    }
}

bool day_page_fits(const Content& content, const std::vector<std::string>& ids, Instant now, bool ends_day,
                   Rect body, const Frame& frame) {
    const ProgrammeView view = page_view(programme_view(content, screen_query(content, now)), ids, content);
    if (view.entries.empty()) return true;
    std::vector<DrawItem> scratch;
    const int heading = place_heading(scratch, content, view, body, frame);
    const Size area{body.w, body.h - heading};
    const SlideContext context{now, true, {}, {}};
    const std::vector<Row> rows = build_rows(content, view, context, area, 1.0, frame);
    int sessions = 0;
    for (const Row& row : rows) sessions += row.sessions;
    const int more_h = ends_day ? 0 : frame.line_height(FontWeight::Regular, kSideUnits) + g_more(frame);
    return sessions == static_cast<int>(view.entries.size()) && stacked_height(rows, frame) + more_h <= area.h;
}

}  // namespace kiosk
