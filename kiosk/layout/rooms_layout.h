// The rooms board: one row per room with what is on now and what comes next there.
#pragma once

#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/slide_parts.h"

namespace kiosk {

// Lays out the page of the board that `slide` names (its rooms, in order) in `body`.
void layout_rooms_board(std::vector<DrawItem>& out, const Content& content, const Slide& slide,
                        const SlideContext& context, Rect body, const Frame& frame);

// How many rooms a page of the board holds in `body`: every row at its full height, never fewer
// than one.
int board_rows_fit(Rect body, const Frame& frame);

}  // namespace kiosk
