// The announcement slide: a title and a body, big and calm.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_parts.h"

namespace kiosk {

// Lays out `announcement` in `body` (the area below the status strip).
void layout_announcement(std::vector<DrawItem>& out, const Announcement& announcement, Rect body, const Frame& frame);

}  // namespace kiosk
