// Door screen: the room's name, the main item (pill, title as large as it fits, speakers, time
// and progress), then the other item of now/next along the bottom.
#include "kiosk/layout/door_layout.h"

#include <algorithm>

#include "kiosk/base/bidi.h"
#include "kiosk/layout/day_over_layout.h"
#include "kiosk/layout/programme_rows.h"
#include "kiosk/layout/text_stack.h"
#include "kiosk/schedule/relative_time.h"

namespace kiosk {

namespace {

constexpr double kRoomUnits = 4.4;
constexpr double kDetailUnits = 3.2;

std::string pill_label(const ProgrammeEntry& entry) {
    switch (entry.state) {
    case SessionState::Now: return "NOW";
    case SessionState::Next: return "NEXT";
    case SessionState::Later: return "LATER";
    }
    return {};
}

std::string with_speakers(const Content& content, const ProgrammeEntry& entry) {
    const std::string names = speaker_names(content, *entry.session);
    return bidi::join_isolated({entry.time_label, names}, " \u00B7 ");
}

// The room's name, with the day at the far end; returns the height used.
int place_heading(std::vector<DrawItem>& out, const std::string& room, const ProgrammeView& view, Rect body,
                  const Frame& frame) {
    const FittedText name = frame.lines(room, body.w * 2 / 3, FontWeight::Bold, kRoomUnits, 1);
    place_text(out, name, Rect{body.x, body.y, body.w, name.height()}, Align::Start, frame.palette.text);
    const int room_left = body.w - name.width() - frame.grid.u(4);
    if (room_left > body.w / 5) {
        const FittedText day = frame.lines(view.day_label, room_left, FontWeight::Regular, 2.8, 1);
        place_text(out, day, Rect{body.right() - room_left, body.y + (name.height() - day.height()) / 2, room_left,
                                  day.height()}, Align::End, frame.palette.muted);
    }
    return name.height() + frame.grid.u(1.8);
}

// The second item, small: "Next · In 12 min" or "Still on · 8 min left", title, time and speakers.
TextStack secondary(const Content& content, const ProgrammeEntry& entry, const SlideContext& context, int width,
                    const Frame& frame) {
    const Grid& g = frame.grid;
    std::string kicker = entry.state == SessionState::Now ? "Still on" : "Then";
    if (entry.state == SessionState::Next) kicker = "Next";
    if (entry.state == SessionState::Now) {
        kicker += " \u00B7 " + span_words(std::chrono::ceil<std::chrono::minutes>(entry.session->end - context.now)) +
                  " left";
    } else if (!entry.relative_label.empty()) {
        kicker += " \u00B7 " + entry.relative_label;
    }
    TextStack stack(width, Align::Start);
    stack.add(frame.lines(kicker, width, FontWeight::Bold, 3.0, 1), frame.palette.highlight, 0);
    stack.add(frame.lines(entry.session->title, width, FontWeight::Bold, 4.4, 2), frame.palette.text, g.u(0.8));
    stack.add(frame.lines(with_speakers(content, entry), width, FontWeight::Regular, 3.0, 1), frame.palette.muted,
              g.u(0.6));
    return stack;
}

// The main item in `area`: pill and label, the title as large as the space allows, details, bar.
void place_main(std::vector<DrawItem>& out, const Content& content, const ProgrammeEntry& entry, Rect area,
                const Frame& frame) {
    const Grid& g = frame.grid;
    std::vector<DrawItem> items;
    int y = 0;
    if (entry.state != SessionState::Later) {
        const Rect pill = add_pill(items, 0, 0, pill_label(entry), frame);
        const std::string label = entry.relative_label == "Now" ? "Just started" : entry.relative_label;
        const FittedText text = frame.lines(label, area.w - pill.w - g.u(2), FontWeight::Bold, 3.0, 1);
        place_text(items, text, Rect{pill.right() + g.u(2), (pill.h - text.height()) / 2, text.width(),
                                     text.height()}, Align::Start, frame.palette.highlight);
        y = pill.h + g.u(2.4);
    }
    const FittedText detail = frame.lines(with_speakers(content, entry), area.w, FontWeight::Regular, kDetailUnits, 2);
    const int bar_h = entry.state == SessionState::Now ? g.u(1.2) + g.u(3) : 0;
    const int title_room = area.h - y - g.u(2) - detail.height() - bar_h;
    const FittedText title =
        frame.fit(entry.session->title, Size{area.w, std::max(0, title_room)}, FontWeight::Bold, 9.0, 4.6, 4);
    y += place_text(items, title, Rect{0, y, area.w, title.height()}, Align::Start, frame.palette.text);
    y += g.u(2);
    y += place_text(items, detail, Rect{0, y, area.w, detail.height()}, Align::Start, frame.palette.muted);
    if (entry.state == SessionState::Now) {
        y += g.u(3);
        add_progress_bar(items, Rect{0, y, area.w, g.u(1.2)}, entry.progress, frame.palette);
        y += g.u(1.2);
    }
    const int top = area.y + std::max(0, (area.h - y) * 2 / 5);
    append_block(out, Block{std::move(items), y, area.w}, area.x, top);
}

}  // namespace

void layout_door_screen(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                        const SlideContext& context, Rect body, const Frame& frame) {
    if (view.day_over || view.entries.empty()) {
        layout_day_over(out, content, view, body, frame);
        return;
    }
    const Grid& g = frame.grid;
    const int heading = place_heading(out, *content.display.room, view, body, frame);
    add_item(out, rule_item(body.x, body.y + heading, body.w, frame));
    Rect area{body.x, body.y + heading + g.u(4), body.w, body.h - heading - g.u(4)};
    if (view.entries.size() > 1) {
        const TextStack next = secondary(content, view.entries[1], context, area.w, frame);
        const int next_top = area.bottom() - next.height();
        add_item(out, rule_item(area.x, next_top - g.u(3), area.w, frame));
        next.place(out, area.x, next_top);
        area.h -= next.height() + g.u(6);
    }
    place_main(out, content, view.entries.front(), area, frame);
}

}  // namespace kiosk
