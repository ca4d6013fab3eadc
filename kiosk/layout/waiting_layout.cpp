// The "waiting for content" slide: what an installer standing at a new screen needs to check,
// namely where it looks for content, what went wrong last, and how to reach it on the network.
#include <algorithm>

#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/status_strip.h"
#include "kiosk/layout/text_stack.h"

namespace kiosk {

namespace {

constexpr double kOpticalCentre = 0.42;
constexpr double kLabelUnits = 2.6;
constexpr double kValueUnits = 3.0;

// Separated by a middle dot, as elsewhere on the slides: spaces alone made two addresses read as one.
std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : " \u00B7 ") + part;
    return out;
}

// One labelled fact: the label small and muted over its value.
void add_fact(TextStack& stack, const std::string& label, const std::string& value, int lines, const Frame& frame) {
    if (value.empty()) return;
    const Grid& g = frame.grid;
    stack.add(frame.lines(label, stack.width(), FontWeight::Bold, kLabelUnits, 1), frame.palette.muted, g.u(3));
    stack.add(frame.lines(value, stack.width(), FontWeight::Regular, kValueUnits, lines), frame.palette.text, g.u(0.5));
}

TextStack facts(const WaitingInfo& info, int width, const Frame& frame) {
    TextStack stack(width, Align::Start);
    add_fact(stack, "Content", info.content_url.empty() ? "none configured" : info.content_url, 2, frame);
    add_fact(stack, "Last problem", info.last_error, 2, frame);
    add_fact(stack, "Addresses", joined(info.addresses), 1, frame);
    return stack;
}

}  // namespace

DisplayList layout_waiting(const WaitingInfo& info, Size screen, const TextMeasurer& measurer) {
    const Grid grid = make_grid(screen);
    const Palette palette = resolve_palette(Theme{});
    const Frame frame{grid, palette, measurer};
    DisplayList list{screen, palette.background, {}};
    const StripContent strip{info.screen_name.empty() ? "Venue display" : info.screen_name, {}, info.clock, {}};
    const Rect body = layout_status_strip(list.items, strip, frame);

    const int width = grid.portrait ? body.w : body.w * 4 / 5;
    TextStack head(width, Align::Start);
    head.add_bar(Size{grid.u(9), grid.u(1)}, palette.accent, 0);
    head.add(frame.fit("Waiting for content", Size{width, body.h / 3}, FontWeight::Bold, 8.0, 5.0, 2), palette.text,
             grid.u(4));
    head.add(frame.lines("The programme appears here as soon as the content can be loaded.", width,
                         FontWeight::Regular, 3.4, 2), palette.muted, grid.u(2));
    TextStack details = facts(info, width, frame);
    const int gap = grid.u(3);
    const int total = head.height() + (details.empty() ? 0 : gap + details.height());
    const bool with_details = total <= body.h;
    const int shown = with_details ? total : head.height();
    const int top = body.y + static_cast<int>(kOpticalCentre * std::max(0, body.h - shown));
    head.place(list.items, body.x, top);
    if (with_details && !details.empty()) details.place(list.items, body.x, top + head.height() + gap);
    return list;
}

}  // namespace kiosk
