// The programme slide: the day's sessions with the one on now marked, or the door screen of one room.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/slide_parts.h"

namespace kiosk {

// Lays out the programme as it stands at `context.now` in `body`. With `display.room` set it is
// the door screen of that room: now and next, large.
void layout_programme(std::vector<DrawItem>& out, const Content& content, const SlideContext& context, Rect body,
                      const Frame& frame);

}  // namespace kiosk
