// Programme rows: a fixed time column on the reading start, the title beside it, a detail line
// under the title. The card for a session on now adds a NOW pill and a progress bar.
#include "kiosk/layout/programme_rows.h"

#include <algorithm>

#include "kiosk/base/bidi.h"
#include "kiosk/schedule/relative_time.h"

namespace kiosk {

namespace {

constexpr double kTimeUnits = 3.8;
constexpr double kEndUnits = 2.8;
constexpr double kTitleUnits = 3.8;
constexpr double kNowTitleUnits = 5.0;
constexpr double kCompactTitleUnits = 3.4;
constexpr double kDetailUnits = 2.8;

std::string join(const std::string& a, const std::string& b) { return bidi::join_isolated({a, b}, " \u00B7 "); }

// The details after the lead: the room, then the speakers.
std::string details(const Content& content, const Session& session) {
    return join(session.room, speaker_names(content, session));
}

// Start time in bold over the end time in muted text; returns the column's height.
int place_times(std::vector<DrawItem>& out, const Session& session, const Content& content, Rect column,
                double scale, const Frame& frame) {
    const FittedText start =
        frame.lines(local_clock(session.start, content), column.w, FontWeight::Bold, kTimeUnits * scale, 1);
    const FittedText end =
        frame.lines(local_clock(session.end, content), column.w, FontWeight::Regular, kEndUnits * scale, 1);
    int y = column.y;
    y += place_text(out, start, Rect{column.x, y, column.w, start.height()}, Align::Start, frame.palette.text);
    y += place_text(out, end, Rect{column.x, y, column.w, end.height()}, Align::Start, frame.palette.muted);
    return y - column.y;
}

// Minutes left of a session on now: "8 min left".
std::string time_left(const Session& session, Instant now) {
    const auto left = std::chrono::ceil<std::chrono::minutes>(session.end - now);
    return span_words(left) + " left";
}

// The progress bar with the time left beside it; returns the height used.
int place_progress(std::vector<DrawItem>& out, const ProgrammeEntry& entry, const RowOptions& options, Rect line,
                   const Frame& frame) {
    const Grid& g = frame.grid;
    const FittedText left = frame.lines(time_left(*entry.session, options.now), line.w / 3, FontWeight::Regular,
                                        kDetailUnits * options.scale, 1);
    const int height = std::max(left.height(), g.u(1.2));
    const int bar_width = line.w - left.width() - g.u(2);
    if (bar_width > g.u(4)) {
        const int bar_h = std::max(2, g.u(1.0));
        add_progress_bar(out, Rect{line.x, line.y + (height - bar_h) / 2, bar_width, bar_h}, entry.progress,
                         frame.palette);
    }
    place_text(out, left, Rect{line.x, line.y + (height - left.height()) / 2, line.w, left.height()}, Align::End,
               frame.palette.muted);
    return height;
}

// The parts of a row right of the time column, stacked; returns their height. A session on now
// gets the pill and a progress bar; in a compact card of several, a thin bar and the time left
// as the lead of its detail line.
int place_text_column(std::vector<DrawItem>& out, const Content& content, const ProgrammeEntry& entry, Rect column,
                      const RowOptions& options, bool on_now, bool& title_cut, const Frame& frame) {
    const Grid& g = frame.grid;
    const bool compact_now = on_now && options.compact;
    int y = column.y;
    if (on_now && !compact_now) {
        const Rect pill = add_pill(out, column.x, y, "NOW", frame);
        const std::string text = entry.relative_label == "Now" ? "Just started" : entry.relative_label;
        const FittedText label =
            frame.lines(text, column.w - pill.w - g.u(2), FontWeight::Bold, kDetailUnits * options.scale, 1);
        place_text(out, label, Rect{pill.right() + g.u(2), y + (pill.h - label.height()) / 2, label.width(),
                                    label.height()}, Align::Start, frame.palette.highlight);
        y += pill.h + g.u(1.2);
    }
    // Portrait columns are narrow: a title may take a third line there rather than lose its end.
    const int lines = options.compact ? 1 : (frame.grid.portrait ? 3 : 2);
    double title_units = (on_now ? kNowTitleUnits : kTitleUnits) * options.scale;
    if (compact_now) title_units = kCompactTitleUnits * options.scale;
    const FittedText title = frame.lines(entry.session->title, column.w, FontWeight::Bold, title_units, lines);
    title_cut = title.truncated;
    y += place_text(out, title, Rect{column.x, y, column.w, title.height()}, Align::Start, frame.palette.text);
    y += g.u(0.4);
    std::string lead = on_now ? std::string() : entry.relative_label;
    if (compact_now) lead = time_left(*entry.session, options.now);
    y += detail_line(out, lead, details(content, *entry.session), Rect{column.x, y, column.w, 0},
                     kDetailUnits * options.scale, frame);
    if (compact_now) {
        y += g.u(0.8);
        add_progress_bar(out, Rect{column.x, y, column.w, std::max(2, g.u(0.7))}, entry.progress, frame.palette);
        y += std::max(2, g.u(0.7));
    } else if (on_now) {
        y += g.u(1.6);
        y += place_progress(out, entry, options, Rect{column.x, y, column.w, 0}, frame);
    }
    return y - column.y;
}

}  // namespace

int time_column_width(const Frame& frame, double scale) {
    const FontSpec font{FontWeight::Bold, frame.grid.text_px(kTimeUnits * scale)};
    return frame.measurer.width("00:00", font) + frame.grid.u(3.5);
}

std::string speaker_names(const Content& content, const Session& session) {
    std::string out;
    for (const std::string& id : session.speaker_ids) {
        const Speaker* speaker = content.find_speaker(id);
        if (!speaker) continue;
        if (!out.empty()) out += ", ";
        out += speaker->name;
    }
    return out;
}

int detail_line(std::vector<DrawItem>& out, const std::string& lead, const std::string& rest, Rect line,
                double units, const Frame& frame) {
    if (lead.empty() && rest.empty()) return 0;
    int x = line.x;
    int height = 0;
    if (!lead.empty()) {
        const FittedText text = frame.lines(lead, line.w, FontWeight::Bold, units, 1);
        place_text(out, text, Rect{x, line.y, text.width(), text.height()}, Align::Start, frame.palette.highlight);
        // Leading spaces are trimmed from fitted text, so the gap before the separator is added here.
        x += text.width() + frame.measurer.width(" ", FontSpec{FontWeight::Regular, text.font.px});
        height = text.height();
    }
    if (!rest.empty()) {
        const std::string shown = lead.empty() ? rest : "\u00B7 " + rest;
        const int width = line.right() - x;
        const FittedText text = frame.lines(shown, width, FontWeight::Regular, units, 1);
        // An ellipsis alone says nothing; it is dropped when no detail fits.
        if (!text.empty() && width > 0 && !(text.truncated && text.lines.front().text.size() <= 3)) {
            place_text(out, text, Rect{x, line.y, width, text.height()}, Align::Start, frame.palette.muted);
        }
        height = std::max(height, text.height());
    }
    return height;
}

RowBlock now_card(const Content& content, const ProgrammeEntry& entry, int width, const RowOptions& options,
                  const Frame& frame) {
    const Grid& g = frame.grid;
    const int pad = options.compact ? g.u(1.0) : g.u(2.6);
    const int side = g.u(2.6);
    const int time_w = time_column_width(frame, options.scale);
    RowBlock row;
    Block& block = row.block;
    block.width = width;
    std::vector<DrawItem> inner;
    const Rect column{side + time_w, pad, width - 2 * side - time_w, 0};
    const int text_h = place_text_column(inner, content, entry, column, options, true, row.title_cut, frame);
    if (options.compact) {
        // One of several on now: the group's card around them is drawn by the caller.
        const int times_h = place_times(inner, *entry.session, content, Rect{side, pad, time_w, 0}, options.scale,
                                        frame);
        block.items = std::move(inner);
        block.height = std::max(text_h, times_h) + 2 * pad;
        return row;
    }
    // The times line up with the title, below the pill.
    const int title_y = pad + pill_height(frame) + g.u(1.2);
    int times_h = 0;
    if (options.show_time) {
        times_h = place_times(inner, *entry.session, content, Rect{pad, title_y, time_w, 0}, options.scale, frame);
    }
    block.height = std::max(pad + text_h, title_y + times_h) + pad;
    add_item(block.items, FillItem{Rect{0, 0, width, block.height}, frame.palette.surface, g.u(1.4)});
    add_item(block.items, FillItem{Rect{0, 0, g.u(0.8), block.height}, frame.palette.accent, 0});
    for (DrawItem& item : inner) block.items.push_back(std::move(item));
    return row;
}

RowBlock session_row(const Content& content, const ProgrammeEntry& entry, int width, const RowOptions& options,
                     const Frame& frame) {
    const Grid& g = frame.grid;
    const int pad = g.u(2.6);
    const int time_w = time_column_width(frame, options.scale);
    RowBlock row;
    Block& block = row.block;
    block.width = width;
    const int top = g.u(1.3);
    const Rect column{pad + time_w, top, width - 2 * pad - time_w, 0};
    const int text_h = place_text_column(block.items, content, entry, column, options, false, row.title_cut, frame);
    int times_h = 0;
    if (options.show_time) {
        times_h = place_times(block.items, *entry.session, content, Rect{pad, top, time_w, 0}, options.scale, frame);
    }
    block.height = top + std::max(text_h, times_h) + g.u(1.3);
    return row;
}

}  // namespace kiosk
