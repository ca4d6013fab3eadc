// End of the day: a calm block a little above the middle, the headline first, then what comes next.
#include "kiosk/layout/day_over_layout.h"

#include <algorithm>

#include "kiosk/base/bidi.h"
#include "kiosk/layout/text_stack.h"

namespace kiosk {

namespace {

constexpr double kOpticalCentre = 0.42;

std::string headline(const Content& content, const ProgrammeView& view) {
    if (!view.day_over) return "No sessions on the programme";
    if (content.display.room) return "That's all for today in " + *content.display.room;
    return "That's all for today";
}

// The next day's first session, when there is one: kicker, title, time and room.
void add_next_day(TextStack& stack, const ProgrammeView& view, int width, const Frame& frame) {
    if (!view.next_day_first) return;
    const Grid& g = frame.grid;
    const ProgrammeEntry& first = *view.next_day_first;
    stack.add_bar(Size{g.u(6), g.u(0.7)}, frame.palette.accent, g.u(6));
    stack.add(frame.lines("Next: " + view.next_day_label, width, FontWeight::Bold, 3.2, 1), frame.palette.highlight,
              g.u(2.2));
    stack.add(frame.lines(first.session->title, width, FontWeight::Bold, 4.6, 2), frame.palette.text, g.u(1));
    const std::string detail = bidi::join_isolated({first.time_label, first.session->room}, " \u00B7 ");
    stack.add(frame.lines(detail, width, FontWeight::Regular, 3.2, 1), frame.palette.muted, g.u(0.8));
}

}  // namespace

void layout_day_over(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view, Rect body,
                     const Frame& frame) {
    const Grid& g = frame.grid;
    const int width = g.portrait ? body.w : body.w * 4 / 5;
    TextStack stack(width, Align::Start);
    stack.add_bar(Size{g.u(9), g.u(1)}, frame.palette.accent, 0);
    stack.add(frame.fit(headline(content, view), Size{width, body.h / 2}, FontWeight::Bold, 8.0, 5.0, 3),
              frame.palette.text, g.u(4));
    const std::string sub = bidi::join_isolated({view.day_label, content.event.venue}, " \u00B7 ");
    stack.add(frame.lines(sub, width, FontWeight::Regular, 3.4, 1), frame.palette.muted, g.u(2));
    TextStack with_next = stack;
    add_next_day(with_next, view, width, frame);
    const TextStack& shown = with_next.height() <= body.h ? with_next : stack;
    shown.place(out, body.x, body.y + static_cast<int>(kOpticalCentre * std::max(0, body.h - shown.height())));
}

}  // namespace kiosk
