// The sessions behind each programme slide, worked out as the layout works them out.
#include "kiosk/schedule/deck_contents.h"

#include <algorithm>

#include "kiosk/schedule/programme_view.h"
#include "kiosk/schedule/room_board.h"

namespace kiosk {

std::vector<const Session*> sessions_on(const Content& content, const Slide& slide, Instant now) {
    std::vector<const Session*> out;
    if (slide.kind != SlideKind::Programme) return out;
    if (slide.part == ProgrammePart::Rooms) {
        for (const RoomRow& row : room_rows(content, now, slide.rooms)) {
            if (row.now) out.push_back(row.now);
            if (row.next) out.push_back(row.next);
        }
        return out;
    }
    ProgrammeView view = programme_view(content, screen_query(content, now));
    if (!slide.session_ids.empty()) view = page_view(view, slide.session_ids, content);
    const std::size_t count = !slide.session_ids.empty() || !content.display.room
                                  ? view.entries.size()
                                  : std::min<std::size_t>(2, view.entries.size());
    for (std::size_t i = 0; i < count; ++i) out.push_back(view.entries[i].session);
    return out;
}

}  // namespace kiosk
