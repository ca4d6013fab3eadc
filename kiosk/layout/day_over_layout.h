// The programme when the day is over: "That's all for today" and the next day's first session.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_parts.h"
#include "kiosk/schedule/programme_view.h"

namespace kiosk {

// Lays out the end-of-day message in `body`; also used when the programme has no sessions at all.
void layout_day_over(std::vector<DrawItem>& out, const Content& content, const ProgrammeView& view, Rect body,
                     const Frame& frame);

}  // namespace kiosk
