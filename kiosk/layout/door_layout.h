// The door screen: one room's programme, now and next, large enough to read from the corridor.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/slide_parts.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

// Lays out `view` (already filtered to `display.room`) in `body`. Its first entry is the main
// item, as the door-screen rule of programme_view chose it; the second follows, smaller.
void layout_door_screen(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view,
                        const SlideContext& context, Rect body, const Frame& frame);

}  // namespace kiosk
