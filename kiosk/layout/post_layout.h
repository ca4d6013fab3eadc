// The post highlight: who wrote it, when, and the text as large as it fits, with its image.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_parts.h"
#include "kiosk/layout/slide_layout.h"

namespace kiosk {

// Lays out `post` as a card filling `body`.
void layout_post(std::vector<DrawItem>& out, const Content& content, const Post& post, const SlideContext& context,
                 Rect body, const Frame& frame);

}  // namespace kiosk
