// The off-hours screen, the clock text and slide labels.
#include "kiosk/screen/screen_text.h"

#include <date/tz.h>

#include <algorithm>

namespace kiosk {

std::string clock_text(Instant now, const date::time_zone* zone) {
    try {
        if (zone == nullptr) zone = date::current_zone();
        return date::format("%H:%M", date::make_zoned(zone, now));
    } catch (const std::exception&) {
        return date::format("%H:%M", now);  // no tz database: UTC is still a clock
    }
}

DisplayList off_hours_list(Size screen, const std::string& clock, const TextMeasurer& measurer) {
    DisplayList list{screen, Colour{0, 0, 0, 255}, {}};
    if (clock.empty()) return list;
    const FontSpec font{FontWeight::Regular, std::max(16, std::min(screen.w, screen.h) / 8)};
    const int w = std::min(measurer.width(clock, font), screen.w);
    const int h = std::min(measurer.line_height(font), screen.h);
    list.items.emplace_back(TextItem{{(screen.w - w) / 2, (screen.h - h) / 2, w, h}, clock, font, Colour{0x40, 0x40, 0x48, 255}});
    return list;
}

std::string slide_label(const Content& content, const Slide& slide) {
    switch (slide.kind) {
    case SlideKind::Programme:
        return "Programme";
    case SlideKind::Speakers:
        if (const Speaker* s = content.find_speaker(slide.item_id)) return "Speaker: " + s->name;
        break;
    case SlideKind::Posts:
        for (const auto& p : content.posts) {
            if (p.id == slide.item_id) return "Post: " + (p.handle.empty() ? p.author : p.handle);
        }
        break;
    case SlideKind::Announcements:
        for (const auto& a : content.announcements) {
            if (a.id == slide.item_id) return "Announcement: " + a.title;
        }
        break;
    }
    return slide.name;
}

}  // namespace kiosk
