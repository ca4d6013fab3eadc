// The rooms board of an event with several rooms: for each room, what is on now and what comes
// next. Pure: the clock is a parameter.
#pragma once

#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

// A session starting later than this after `now` is not "next": a room that is done for the
// night is not listed with tomorrow morning's first talk.
inline constexpr std::chrono::hours kNextHorizon{12};

struct RoomRow {
    std::string room;
    const Session* now = nullptr;   // on now; the latest started when several overlap
    const Session* next = nullptr;  // the first to start after `now`, within kNextHorizon
};

// The rooms a screen shows, in order: `display.rooms` when set, else the order the file or export
// lists them. A door screen's one room; nothing for a programme without rooms.
std::vector<std::string> screen_rooms(const Content& content);

// Whether the screen's programme is the rooms board: no door room, and a foyer's rooms or an
// event whose sessions run in parallel in several rooms.
bool uses_room_board(const Content& content);

// The rows of `rooms` (in that order) that have a session on now or one coming up.
std::vector<RoomRow> room_rows(const Content& content, Instant now, const std::vector<std::string>& rooms);

}  // namespace kiosk
