// Which rooms, in which order, and each room's session on now and next one.
#include "kiosk/schedule/room_board.h"

#include <algorithm>
#include <map>

namespace kiosk {

std::vector<std::string> screen_rooms(const Content& content) {
    if (content.display.room) return {*content.display.room};
    if (!content.display.rooms.empty()) return content.display.rooms;
    std::vector<std::string> rooms = content.rooms;
    // Content assembled by hand may not list its rooms; the sessions still name them.
    for (const Session& s : content.programme) {
        if (!s.room.empty() && std::find(rooms.begin(), rooms.end(), s.room) == rooms.end()) rooms.push_back(s.room);
    }
    return rooms;
}

namespace {

// Whether two sessions in different rooms ever run at once: an event with parallel tracks, not a
// one-room event whose drinks are in the foyer afterwards.
bool has_parallel_rooms(const Content& content) {
    std::map<std::string, Instant> latest_end;  // per room, over the sessions started so far
    for (const Session& s : content.programme) {  // sorted by start
        if (s.room.empty()) continue;
        for (const auto& [room, end] : latest_end) {
            if (room != s.room && end > s.start) return true;
        }
        Instant& end = latest_end[s.room];
        end = std::max(end, s.end);
    }
    return false;
}

}  // namespace

bool uses_room_board(const Content& content) {
    if (content.display.room) return false;
    // A foyer screen names its rooms; otherwise the programme decides.
    if (!content.display.rooms.empty()) return content.display.rooms.size() > 1;
    return screen_rooms(content).size() > 1 && has_parallel_rooms(content);
}

std::vector<RoomRow> room_rows(const Content& content, Instant now, const std::vector<std::string>& rooms) {
    std::vector<RoomRow> rows;
    for (const std::string& room : rooms) {
        RoomRow row{room, nullptr, nullptr};
        for (const Session& s : content.programme) {
            if (s.room != room) continue;
            if (s.start <= now && now < s.end && (!row.now || s.start > row.now->start)) row.now = &s;
            const bool coming = s.start > now && s.start - now <= kNextHorizon;
            if (coming && (!row.next || s.start < row.next->start)) row.next = &s;
        }
        if (row.now || row.next) rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace kiosk
