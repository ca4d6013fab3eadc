// Text fitting by binary search over font sizes, with an ellipsis as the last resort.
#include "kiosk/layout/text_fit.h"

#include <algorithm>
#include <climits>
#include <optional>

#include "kiosk/base/bidi.h"
#include "kiosk/base/utf8.h"

namespace kiosk {

namespace {

using Lines = std::vector<TextLine>;

struct Request {
    const std::vector<std::string>& paragraphs;
    Size box;
    int max_lines;
    const TextMeasurer& measurer;
};

int line_limit(const Request& request, int line_height) {
    const int by_height = line_height > 0 ? request.box.h / line_height : 0;
    return request.max_lines > 0 ? std::min(by_height, request.max_lines) : by_height;
}

// The lines at `font` when they all fit; wrapping stops as soon as there would be too many.
std::optional<Lines> wrap_within(const Request& request, FontSpec font) {
    const auto limit = static_cast<std::size_t>(std::max(0, line_limit(request, request.measurer.line_height(font))));
    Lines lines;
    for (const std::string& paragraph : request.paragraphs) {
        WrappedParagraph wrapped =
            wrap_paragraph(paragraph, request.box.w, font, request.measurer, limit - lines.size());
        if (!wrapped.fits || wrapped.cut_short) return std::nullopt;
        for (TextLine& line : wrapped.lines) lines.push_back(std::move(line));
    }
    return lines;
}

std::string ellipsis(const TextMeasurer& measurer) {
    const std::string drawable = measurer.drawable("\u2026");
    return drawable.empty() ? "..." : drawable;
}

// Shortens `line` to end in the ellipsis within `width`.
void end_with_ellipsis(TextLine& line, int width, FontSpec font, const TextMeasurer& measurer) {
    const std::string mark = ellipsis(measurer);
    line.text = longest_prefix(line.text, mark, width, font, measurer) + mark;
    line.width = measurer.width(line.text, font);
    if (line.width > width) line = TextLine{};
}

// The last resort: the minimum size, as many lines as fit, the last one ending in an ellipsis.
FittedText truncated_at(const Request& request, FontSpec font) {
    FittedText out;
    out.font = font;
    out.line_height = request.measurer.line_height(font);
    out.truncated = true;
    const auto limit = static_cast<std::size_t>(std::max(0, line_limit(request, out.line_height)));
    bool dropped = false;
    for (const std::string& paragraph : request.paragraphs) {
        WrappedParagraph wrapped =
            wrap_paragraph(paragraph, request.box.w, font, request.measurer, limit - out.lines.size());
        for (TextLine& line : wrapped.lines) out.lines.push_back(std::move(line));
        dropped = wrapped.cut_short;
        if (dropped) break;
    }
    out.lines.resize(std::min(out.lines.size(), limit));
    while (dropped && out.lines.size() > 1 && out.lines.back().text.empty()) out.lines.pop_back();
    for (TextLine& line : out.lines) {
        // A single character wider than the box (a huge emoji in a tiny box) cannot be shown.
        if (line.width > request.box.w) end_with_ellipsis(line, request.box.w, font, request.measurer);
    }
    if (dropped && !out.lines.empty()) end_with_ellipsis(out.lines.back(), request.box.w, font, request.measurer);
    return out;
}

// The lines at the largest size in [min_px, max_px] that fits; `px` is in/out (max in, size out).
// Sizes that fit form a range from min_px up, so the largest is found by bisection; the maximum
// is tried first because short texts usually fit at it.
std::optional<Lines> largest_fit(const Request& request, FontWeight weight, int min_px, int& px) {
    std::optional<Lines> best = wrap_within(request, FontSpec{weight, px});
    if (best) return best;
    int low = min_px, high = px - 1;
    while (low <= high) {
        const int mid = low + (high - low) / 2;
        if (std::optional<Lines> lines = wrap_within(request, FontSpec{weight, mid})) {
            best = std::move(lines);
            px = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    return best;
}

// A character that is drawn advances at least a tenth of the font size (a hair space does); a
// narrower one (a zero-width space) is rare enough to be only shown less of.
constexpr int kMinAdvanceFraction = 10;

// The start of `utf8` that can possibly show in `box`: no more characters than the box's lines at
// the smallest size can hold, so that a 10,000-character text in a one-line box is not searched
// for fonts, split and wrapped whole at every size tried. A text cut here ends in an ellipsis; one
// this long never fits anyway, and ends in one at its last visible line.
std::string showable_part(std::string_view utf8, Size box, const TextStyle& style, const TextMeasurer& measurer) {
    const FontSpec smallest{style.weight, style.min_px};
    const int line_height = std::max(1, measurer.line_height(smallest));
    int lines = box.h / line_height;
    if (style.max_lines > 0) lines = std::min(lines, style.max_lines);
    const int per_line = box.w / std::max(1, style.min_px / kMinAdvanceFraction) + 2;  // and a space and a newline
    const auto most = static_cast<std::size_t>(lines + 1) * static_cast<std::size_t>(std::max(per_line, 0));
    std::size_t at = 0;
    for (std::size_t n = 0; n < most && at < utf8.size(); ++n) at += utf8::cluster_length(utf8, at);
    if (at >= utf8.size()) return std::string(utf8);
    return std::string(utf8.substr(0, at)) + "\u2026";
}

FittedText fitted(Lines lines, FontSpec font, const TextMeasurer& measurer) {
    FittedText out;
    out.font = font;
    out.line_height = measurer.line_height(font);
    out.lines = std::move(lines);
    return out;
}

}  // namespace

int FittedText::width() const {
    int widest = 0;
    for (const TextLine& line : lines) widest = std::max(widest, line.width);
    return widest;
}

FittedText fit_text(std::string_view utf8, Size box, const TextStyle& style, const TextMeasurer& measurer) {
    const std::string shown = showable_part(utf8, box, style, measurer);
    const std::vector<std::string> paragraphs = split_paragraphs(shown, measurer);
    const int max_px = std::max(style.min_px, style.max_px);
    FittedText out;
    out.font = FontSpec{style.weight, style.min_px};
    out.line_height = measurer.line_height(out.font);
    if (paragraphs.empty() || box.w <= 0) return out;

    const Request request{paragraphs, box, style.max_lines, measurer};
    int best_px = max_px;
    std::optional<Lines> best = largest_fit(request, style.weight, style.min_px, best_px);
    out = best ? fitted(std::move(*best), FontSpec{style.weight, best_px}, measurer)
               : truncated_at(request, FontSpec{style.weight, style.min_px});
    out.right_to_left = bidi::right_to_left(shown);
    return out;
}

FittedText fit_lines(std::string_view utf8, int width, FontSpec font, int max_lines, const TextMeasurer& measurer) {
    return fit_text(utf8, Size{width, INT_MAX}, TextStyle{font.weight, font.px, font.px, max_lines}, measurer);
}

int place_text(std::vector<DrawItem>& out, const FittedText& text, Rect area, Align start_or_end, Colour colour) {
    int y = area.y;
    for (const TextLine& line : text.lines) {
        // Each line follows its own paragraph's direction: an Arabic paragraph after an English one
        // starts at the right edge.
        Align align = start_or_end;
        if (line.right_to_left && align != Align::Centre) align = align == Align::Start ? Align::End : Align::Start;
        if (!line.text.empty()) {
            int x = area.x;
            if (align == Align::Centre) x = area.x + (area.w - line.width) / 2;
            if (align == Align::End) x = area.right() - line.width;
            x = std::max(x, area.x);
            out.emplace_back(std::in_place_type<TextItem>,
                             TextItem{Rect{x, y, line.width, text.line_height}, line.text, text.font, colour});
        }
        y += text.line_height;
    }
    return y - area.y;
}

}  // namespace kiosk
