// The entry points of layout: the status strip, then the body of the slide's kind.
#include "kiosk/layout/slide_layout.h"

#include <algorithm>

#include "kiosk/layout/announcement_layout.h"
#include "kiosk/layout/post_layout.h"
#include "kiosk/layout/programme_layout.h"
#include "kiosk/layout/rooms_layout.h"
#include "kiosk/layout/speaker_layout.h"
#include "kiosk/layout/status_strip.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

namespace {

template <typename Item>
const Item* find_by_id(const std::vector<Item>& items, const std::string& id) {
    auto found = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == id; });
    return found == items.end() ? nullptr : &*found;
}

StripContent strip_of(const Content& content, const SlideContext& context) {
    StripContent strip;
    strip.title = content.event.title;
    strip.logo = content.event.logo;
    if (context.clock_trusted) strip.clock = local_clock(context.now, content);
    strip.note = context.connection_note;
    return strip;
}

// Draws the slide's own body; returns false when its item is gone, so the caller can fall back.
bool layout_body(std::vector<DrawItem>& out, const Content& content, const Slide& slide, const SlideContext& context,
                 Rect body, const Frame& frame) {
    switch (slide.kind) {
    case SlideKind::Programme:
        layout_programme(out, content, slide, context, body, frame);
        return true;
    case SlideKind::Speakers:
        if (const Speaker* speaker = find_by_id(content.speakers, slide.item_id)) {
            layout_speaker(out, content, *speaker, context, body, frame);
            return true;
        }
        return false;
    case SlideKind::Posts:
        if (const Post* post = find_by_id(content.posts, slide.item_id)) {
            layout_post(out, content, *post, context, body, frame);
            return true;
        }
        return false;
    case SlideKind::Announcements:
        if (const Announcement* a = find_by_id(content.announcements, slide.item_id)) {
            layout_announcement(out, *a, body, frame);
            return true;
        }
        return false;
    }
    return false;
}

}  // namespace

DisplayList layout_slide(const Content& content, const Slide& slide, const SlideContext& context, Size screen,
                         const TextMeasurer& measurer) {
    const Grid grid = make_grid(screen);
    const Palette palette = resolve_palette(content.event.theme);
    const Frame frame{grid, palette, measurer};
    DisplayList list{screen, palette.background, {}};
    const Rect body = layout_status_strip(list.items, strip_of(content, context), frame);
    if (!layout_body(list.items, content, slide, context, body, frame)) {
        // The slide was built from older content; the programme is always there to show instead.
        layout_programme(list.items, content, Slide{}, context, body, frame);
    }
    return list;
}

DeckShape deck_shape(Size screen, const TextMeasurer& measurer) {
    const Grid grid = make_grid(screen);
    const Palette palette = resolve_palette(Theme{});
    const Frame frame{grid, palette, measurer};
    // Where the connection note is too long for the strip's row it takes a line at the bottom; the
    // board leaves room for it.
    StripContent strip;
    strip.title = "Event";
    strip.clock = "00:00";
    strip.note = "Offline since Wed 30 Sep 00:00 \u00B7 showing content from Wed 30 Sep 00:00";
    std::vector<DrawItem> scratch;
    DeckShape shape;
    shape.board_rows = board_rows_fit(layout_status_strip(scratch, strip, frame), frame);
    // Pages of the day are measured without the note: offline, a page shows what fits and sums up the rest.
    strip.note.clear();
    const Rect body = layout_status_strip(scratch, strip, frame);
    shape.day_page_fits = [grid, palette, &measurer, body](const Content& content, Instant now,
                                                          const std::vector<std::string>& ids, bool ends_day) {
        return day_page_fits(content, ids, now, ends_day, body, Frame{grid, palette, measurer});
    };
    return shape;
}

}  // namespace kiosk
