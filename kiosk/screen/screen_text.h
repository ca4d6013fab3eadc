// Small pieces of what the slide show draws and reports that are not slides: the off-hours
// screen, the local clock text, and a slide's one-line description for the status file.
#pragma once

#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/draw/text_measurer.h"
#include "kiosk/schedule/deck.h"

namespace kiosk {

// "14:05" in `zone`, or in the machine's local zone when `zone` is null.
std::string clock_text(Instant now, const date::time_zone* zone);

// Black outside on-hours; with `clock` not empty, that clock centred in a dim grey, large enough
// to read across the room but too dim to light it.
DisplayList off_hours_list(Size screen, const std::string& clock, const TextMeasurer& measurer);

// "Programme", "Speaker: Matt Rodda", "Post: @handle", "Announcement: Wi-Fi".
std::string slide_label(const Content& content, const Slide& slide);

}  // namespace kiosk
