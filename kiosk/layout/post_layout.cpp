// Post highlight: a card with the author's avatar, name, handle and age on top, and the text set
// at the largest size that fits beside (landscape) or above (portrait) the post's image.
#include "kiosk/layout/post_layout.h"

#include <algorithm>

#include "kiosk/layout/text_stack.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

namespace {

constexpr double kMaxTextUnits = 7.0;
constexpr double kMinTextUnits = 2.5;

// "@handle · 12 min ago"; the age only when the post has a time and the clock can be trusted.
std::string byline(const Content& content, const Post& post, const SlideContext& context) {
    std::string out = post.handle;
    if (post.time && context.clock_trusted) {
        if (!out.empty()) out += " \u00B7 ";
        out += relative_to(*post.time, context.now, content);
    }
    return out;
}

// Avatar and the two lines beside it; returns the header's height.
int place_header(std::vector<DrawItem>& out, const Content& content, const Post& post, const SlideContext& context,
                 Rect inner, const Frame& frame) {
    const Grid& g = frame.grid;
    const int avatar = std::max(g.u(9), 3 * g.min_text_px);
    add_item(out, avatar_item(Rect{inner.x, inner.y, avatar, avatar}, post.avatar, post.author, g));
    const int x = inner.x + avatar + g.u(2.5);
    const int width = inner.right() - x;
    TextStack lines(width, Align::Start);
    lines.add(frame.lines(post.author, width, FontWeight::Bold, 3.4, 1), frame.palette.text, 0);
    lines.add(frame.lines(byline(content, post, context), width, FontWeight::Regular, 2.8, 1), frame.palette.muted,
              g.u(0.3));
    const int height = std::max(avatar, lines.height());
    lines.place(out, x, inner.y + (height - lines.height()) / 2);
    return height;
}

// The text with an accent bar along its reading start.
void place_text_area(std::vector<DrawItem>& out, const Post& post, Rect area, const Frame& frame) {
    const Grid& g = frame.grid;
    const int bar = g.u(0.7), gap = g.u(3);
    const Size box{area.w - bar - gap, area.h};
    if (box.w <= 0 || box.h <= 0) return;
    const FittedText text = frame.fit(post.text, box, FontWeight::Regular, kMaxTextUnits, kMinTextUnits);
    if (text.empty()) return;
    const bool rtl = text.right_to_left;
    // A short post sits a little above the middle of its area instead of clinging to the top.
    const int y = area.y + (area.h - text.height()) * 2 / 5;
    add_item(out, FillItem{Rect{rtl ? area.right() - bar : area.x, y, bar, text.height()}, frame.palette.accent,
                           bar / 2});
    place_text(out, text, Rect{rtl ? area.x : area.x + bar + gap, y, box.w, text.height()}, Align::Start,
               frame.palette.text);
}

// The post's image, rounded, cover-cropped into `box`.
void place_image(std::vector<DrawItem>& out, const Post& post, Rect box, const Frame& frame) {
    ImageItem image;
    image.rect = box;
    image.source = post.image;
    image.fallback = frame.palette.track;
    image.initials_font = FontSpec{FontWeight::Bold, frame.grid.min_text_px};
    add_item(out, std::move(image));
}

}  // namespace

void layout_post(std::vector<DrawItem>& out, const Content& content, const Post& post, const SlideContext& context,
                 Rect body, const Frame& frame) {
    const Grid& g = frame.grid;
    add_item(out, FillItem{body, frame.palette.surface, g.u(1.8)});
    const int pad = g.u(g.portrait ? 3.5 : 4.5);
    const Rect inner{body.x + pad, body.y + pad, body.w - 2 * pad, body.h - 2 * pad};
    const int header = place_header(out, content, post, context, inner, frame);
    const int top = inner.y + header + g.u(4);
    Rect area{inner.x, top, inner.w, inner.bottom() - top};
    if (!post.image.empty() && area.h > 0) {
        const int gap = g.u(4);
        if (g.portrait) {
            const int height = area.h * 2 / 5;
            place_image(out, post, Rect{area.x, area.bottom() - height, area.w, height}, frame);
            area.h -= height + gap;
        } else {
            const int width = area.w * 2 / 5;
            place_image(out, post, Rect{area.right() - width, area.y, width, area.h}, frame);
            area.w -= width + gap;
        }
    }
    place_text_area(out, post, area, frame);
}

}  // namespace kiosk
