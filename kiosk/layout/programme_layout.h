// The programme slide: the day's sessions with the one on now marked, or the door screen of one room.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/slide_parts.h"

namespace kiosk {

// Lays out the programme slide `slide` as it stands at `context.now` in `body`: a page of the
// rooms board, a page of the day, or the day as it fits. With `display.room` set the day's first
// slide is the door screen of that room: now and next, large.
void layout_programme(std::vector<DrawItem>& out, const Content& content, const Slide& slide,
                      const SlideContext& context, Rect body, const Frame& frame);

// Whether a page of the day with the sessions `ids` shows them all in `body` at `now`; unless it
// `ends_day`, with room for the line saying what no page shows.
bool day_page_fits(const Content& content, const std::vector<std::string>& ids, Instant now, bool ends_day,
                   Rect body, const Frame& frame);

}  // namespace kiosk
