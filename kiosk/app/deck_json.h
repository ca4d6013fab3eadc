// deck.json: the cycle `kiosk render` drew, slide by slide, for organisers and tests to check
// what a cycle shows without opening every picture.
#pragma once

#include <string>
#include <vector>

#include "kiosk/draw/display_list.h"
#include "kiosk/schedule/deck.h"

namespace kiosk {

// The JSON text: the instant, the screen size, the cycle's length and, per slide in cycle order,
// its file, kind, duration and what it shows (sessions with id, title, room, start and end in the
// event's zone; the speaker, post or announcement with its id and name or title).
std::string deck_json(const Content& content, const Deck& deck, const std::vector<std::string>& files, Instant now,
                      Size screen);

}  // namespace kiosk
