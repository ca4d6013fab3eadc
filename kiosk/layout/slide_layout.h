// The entry points of layout: a whole slide, or the installer's "waiting for content" slide, as a
// DisplayList for one screen size. Pure: the time comes in, text is measured through the interface.
#pragma once

#include <string>
#include <vector>

#include "kiosk/content/content_model.h"
#include "kiosk/draw/display_list.h"
#include "kiosk/draw/text_measurer.h"
#include "kiosk/schedule/deck.h"

namespace kiosk {

struct SlideContext {
    Instant now;
    bool clock_trusted = true;    // false: no clock and no "now" markers are shown
    std::string connection_note;  // e.g. "Offline since 14:05 · showing content from 13:50"; empty: none
    std::string screen_name;
};

// The slide as drawn on a `screen`-sized display. Every item lies inside the 5% safe area, no text
// is smaller than 2.5% of the shorter side, and the status strip (event name or logo, clock,
// connection note) is part of the list. A slide whose item no longer exists in the content falls
// back to the programme, so the screen is never empty.
DisplayList layout_slide(const Content& content, const Slide& slide, const SlideContext& context, Size screen,
                         const TextMeasurer& measurer);

// How much a programme slide holds on a `screen`-sized display, for the deck: the rows of the
// rooms board and the sessions of a page of the day, with room kept for a connection note.
DeckShape deck_shape(Size screen, const TextMeasurer& measurer);

// What the installer needs to see on a screen that has no content yet.
struct WaitingInfo {
    std::string content_url;
    std::string screen_name;
    std::string last_error;
    std::vector<std::string> addresses;  // the screen's IP addresses
    std::string clock;                   // local clock text; empty when unknown
};

// "Waiting for content": shown at start-up with no cache and no network, in the default theme.
DisplayList layout_waiting(const WaitingInfo& info, Size screen, const TextMeasurer& measurer);

}  // namespace kiosk
