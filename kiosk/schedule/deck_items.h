// The items of each slide kind in the order the deck shows them: ranked speakers, visible posts.
#pragma once

#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

// Speaker ids: on now, then next (within `display.room` when set), then by next unfinished
// session, then those with only finished sessions, then those in no session; ties in file order.
std::vector<std::string> ranked_speaker_ids(const Content& content, Instant now);

// Post ids: dated up to `now` newest first, then unknown times in file order; future posts left out.
std::vector<std::string> visible_post_ids(const Content& content, Instant now);

}  // namespace kiosk
