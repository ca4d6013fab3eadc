// Rooms board. Landscape: a table of three columns (room, now, next) under their labels.
// Portrait: each room a stacked block (room, title on now, its details, what is next). Every row
// has the same height, so a page reads as a grid and the deck knows how many rows a page holds.
#include "kiosk/layout/rooms_layout.h"

#include <algorithm>

#include "kiosk/layout/programme_rows.h"
#include "kiosk/schedule/programme_view.h"
#include "kiosk/schedule/relative_time.h"
#include "kiosk/schedule/room_board.h"

namespace kiosk {

namespace {

constexpr double kHeadUnits = 4.4;
constexpr double kSideUnits = 2.8;
constexpr double kLabelUnits = 2.6;
constexpr double kRoomUnits = 3.4;
constexpr double kRoomColumnUnits = 3.0;  // two lines beside the title and its details
constexpr double kTitleUnits = 3.4;
constexpr double kNextTitleUnits = 3.0;
constexpr double kDetailUnits = 2.8;

struct Columns {
    int room_x, room_w, now_x, now_w, next_x, next_w;
};

Columns columns_of(int width, const Frame& frame) {
    const int gap = frame.grid.u(2.5);
    const int room_w = width * 21 / 100;
    const int next_w = width * 29 / 100;
    const int now_w = width - room_w - next_w - 2 * gap;
    return Columns{0, room_w, room_w + gap, now_w, width - next_w, next_w};
}

int pad(const Frame& frame) { return frame.grid.u(0.8); }
int gap(const Frame& frame) { return frame.grid.u(0.3); }

// The height of every row's content. A page with room to spare (few rooms, a landscape screen)
// is `roomy`: titles take two lines there instead of one.
int content_height(const Frame& frame, bool roomy = false) {
    const int room = frame.line_height(FontWeight::Bold, frame.grid.portrait ? kRoomUnits : kRoomColumnUnits);
    const int title = frame.line_height(FontWeight::Bold, kTitleUnits);
    const int detail = frame.line_height(FontWeight::Regular, kDetailUnits);
    if (frame.grid.portrait) return room + gap(frame) + 2 * title + gap(frame) + 2 * detail + gap(frame);
    const int lines = roomy ? 2 : 1;
    const int next = detail + gap(frame) + lines * frame.line_height(FontWeight::Regular, kNextTitleUnits);
    return std::max({2 * room, lines * title + gap(frame) + detail, next});
}

int row_height(const Frame& frame, bool roomy = false) { return content_height(frame, roomy) + 2 * pad(frame); }

int heading_height(const Frame& frame) {
    return frame.line_height(FontWeight::Bold, kHeadUnits) + frame.grid.u(1.4);
}

int labels_height(const Frame& frame) {
    if (frame.grid.portrait) return 0;
    return frame.line_height(FontWeight::Bold, kLabelUnits) + frame.grid.u(0.6);
}

int rule_height(const Frame& frame) { return rule_item(0, 0, 1, frame).rect.h; }

std::string time_left(const Session& s, Instant now) {
    return span_words(std::chrono::ceil<std::chrono::minutes>(s.end - now)) + " left";
}

// "Now and next", with the day and the page at the far end.
void place_heading(std::vector<DrawItem>& out, const Slide& slide, const std::string& day, Rect body,
                   const Frame& frame) {
    const FittedText head = frame.lines("Now and next", body.w, FontWeight::Bold, kHeadUnits, 1);
    place_text(out, head, Rect{body.x, body.y, body.w, head.height()}, Align::Start, frame.palette.text);
    std::string side = day;
    if (slide.pages > 1) {
        side += (side.empty() ? "" : " \u00B7 ") + std::to_string(slide.page) + " of " + std::to_string(slide.pages);
    }
    const int room = body.w - head.width() - frame.grid.u(4);
    if (side.empty() || room < body.w / 5) return;
    const FittedText text = frame.lines(side, room, FontWeight::Regular, kSideUnits, 1);
    place_text(out, text, Rect{body.right() - room, body.y + (head.height() - text.height()) / 2, room,
                               text.height()}, Align::End, frame.palette.muted);
}

void place_labels(std::vector<DrawItem>& out, Rect area, const Frame& frame) {
    const Columns c = columns_of(area.w, frame);
    const auto label = [&](const char* text, int x, int w) {
        const FittedText t = frame.lines(text, w, FontWeight::Bold, kLabelUnits, 1);
        place_text(out, t, Rect{area.x + x, area.y, w, t.height()}, Align::Start, frame.palette.muted);
    };
    label("ROOM", c.room_x, c.room_w);
    label("NOW", c.now_x, c.now_w);
    label("NEXT", c.next_x, c.next_w);
}

// The session on now: title, then its time left (or times) and speakers; "Nothing on now" alone.
int place_now(std::vector<DrawItem>& out, const Content& content, const RoomRow& row, const SlideContext& context,
              Rect column, int title_lines, const Frame& frame) {
    if (!row.now) {
        const FittedText none = frame.lines("Nothing on now", column.w, FontWeight::Regular, kDetailUnits, 1);
        return place_text(out, none, Rect{column.x, column.y, column.w, none.height()}, Align::Start,
                          frame.palette.muted);
    }
    int y = column.y;
    const FittedText title = frame.lines(row.now->title, column.w, FontWeight::Bold, kTitleUnits, title_lines);
    y += place_text(out, title, Rect{column.x, y, column.w, title.height()}, Align::Start, frame.palette.text);
    y += gap(frame);
    const std::string lead = context.clock_trusted
                                 ? time_left(*row.now, context.now)
                                 : local_clock(row.now->start, content) + "\u2013" + local_clock(row.now->end, content);
    y += detail_line(out, lead, speaker_names(content, *row.now), Rect{column.x, y, column.w, 0}, kDetailUnits, frame);
    return y - column.y;
}

// What comes next: its start (and how soon) as the lead, then the title.
int place_next(std::vector<DrawItem>& out, const Content& content, const RoomRow& row, const SlideContext& context,
               Rect column, bool inline_title, int title_lines, const Frame& frame) {
    if (!row.next) {
        const FittedText none = frame.lines("Nothing more today", column.w, FontWeight::Regular, kDetailUnits, 1);
        return place_text(out, none, Rect{column.x, column.y, column.w, none.height()}, Align::Start,
                          frame.palette.muted);
    }
    const std::string start = local_clock(row.next->start, content);
    if (inline_title) {
        return detail_line(out, "Next " + start, row.next->title, column, kDetailUnits, frame);
    }
    std::string soon;
    if (context.clock_trusted) soon = starts_in_label(row.next->start, context.now, event_zone(content));
    int y = column.y;
    y += detail_line(out, start, soon, column, kDetailUnits, frame);
    y += gap(frame);
    const FittedText title = frame.lines(row.next->title, column.w, FontWeight::Regular, kNextTitleUnits, title_lines);
    y += place_text(out, title, Rect{column.x, y, column.w, title.height()}, Align::Start, frame.palette.text);
    return y - column.y;
}

void place_row(std::vector<DrawItem>& out, const Content& content, const RoomRow& row, const SlideContext& context,
               Rect box, bool roomy, const Frame& frame) {
    const int top = box.y + pad(frame);
    if (frame.grid.portrait) {
        int y = top;
        const FittedText room = frame.lines(row.room, box.w, FontWeight::Bold, kRoomUnits, 1);
        y += place_text(out, room, Rect{box.x, y, box.w, room.height()}, Align::Start, frame.palette.highlight);
        y += gap(frame);
        y += place_now(out, content, row, context, Rect{box.x, y, box.w, 0}, 2, frame);
        y += gap(frame);
        place_next(out, content, row, context, Rect{box.x, y, box.w, 0}, true, 1, frame);
        return;
    }
    const Columns c = columns_of(box.w, frame);
    const FittedText room = frame.lines(row.room, c.room_w, FontWeight::Bold, kRoomColumnUnits, 2);
    place_text(out, room, Rect{box.x + c.room_x, top, c.room_w, room.height()}, Align::Start, frame.palette.highlight);
    const int detail = frame.line_height(FontWeight::Regular, kDetailUnits);
    const int title_lines = std::max(1, (content_height(frame, roomy) - gap(frame) - detail) /
                                            frame.line_height(FontWeight::Bold, kTitleUnits));
    place_now(out, content, row, context, Rect{box.x + c.now_x, top, c.now_w, 0}, title_lines, frame);
    place_next(out, content, row, context, Rect{box.x + c.next_x, top, c.next_w, 0}, false, roomy ? 2 : 1, frame);
}

}  // namespace

int board_rows_fit(Rect body, const Frame& frame) {
    const int area = body.h - heading_height(frame) - labels_height(frame);
    return std::max(1, area / (row_height(frame) + rule_height(frame)));
}

void layout_rooms_board(std::vector<DrawItem>& out, const Content& content, const Slide& slide,
                        const SlideContext& context, Rect body, const Frame& frame) {
    const ProgrammeView view = programme_view(content, screen_query(content, context.now, context.clock_trusted));
    place_heading(out, slide, view.day_label, body, frame);
    int y = body.y + heading_height(frame);
    if (!frame.grid.portrait) {
        place_labels(out, Rect{body.x, y, body.w, 0}, frame);
        y += labels_height(frame);
    }
    const std::vector<RoomRow> rows = room_rows(content, context.now, slide.rooms);
    const auto count = static_cast<int>(rows.size());
    const bool roomy = !frame.grid.portrait && count * (row_height(frame, true) + rule_height(frame)) <= body.bottom() - y;
    const int height = row_height(frame, roomy);
    for (const RoomRow& row : rows) {
        // A page made for a larger body (the offline note took a line) shows the rows that fit.
        if (y + rule_height(frame) + height > body.bottom()) break;
        add_item(out, rule_item(body.x, y, body.w, frame));
        y += rule_height(frame);
        place_row(out, content, row, context, Rect{body.x, y, body.w, height}, roomy, frame);
        y += height;
    }
    if (rows.empty()) {
        const FittedText none = frame.lines("Nothing on now or next in these rooms", body.w, FontWeight::Regular,
                                            kSideUnits, 2);
        place_text(out, none, Rect{body.x, y + frame.grid.u(2), body.w, none.height()}, Align::Start,
                   frame.palette.muted);
    }
}

}  // namespace kiosk
