// What a slide of the deck shows, for organisers checking a cycle (`kiosk render`'s deck.json)
// and for tests: the sessions of a programme slide, the item of the others.
#pragma once

#include <vector>

#include "kiosk/schedule/deck.h"

namespace kiosk {

// The sessions a programme slide shows at `now`, in the order it shows them: a rooms-board
// page's sessions on now and next, room by room; a page of the day's sessions; the door slide's
// two; the whole day's when the day is on one slide. Empty for other kinds.
std::vector<const Session*> sessions_on(const Content& content, const Slide& slide, Instant now);

}  // namespace kiosk
