// The speaker card: photo or initials, name, role, affiliation and when they speak.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_parts.h"
#include "kiosk/layout/slide_layout.h"

namespace kiosk {

// Lays out the card for `speaker` in `body`: photo beside the text on landscape screens, above it
// (centred) on portrait ones.
void layout_speaker(std::vector<DrawItem>& out, const Content& content, const Speaker& speaker,
                    const SlideContext& context, Rect body, const Frame& frame);

}  // namespace kiosk
