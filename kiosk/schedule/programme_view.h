// What the programme slide shows at a given instant: today's sessions with now/next state and
// relative labels. Pure: the clock is a parameter.
//
// Which day is shown:
// - Trusted clock: the local day of `now` in the event's zone. A session belongs to the day it
//   starts on; one that started on an earlier day and is still running is shown too. Finished
//   sessions drop off. When nothing is left, `day_over` is set and `next_day_first` names the
//   first session of a later day, if any.
// - Before the event (every session starts on a later day): the first day with sessions, with
//   `before_event` set, every entry Later and labelled "Tomorrow 17:30" or "Mon 9 Oct 17:30".
// - Untrusted clock: the day of `now` if it has sessions, otherwise the first day that has any;
//   the whole day, every entry Later, no relative labels, no progress. A wrong clock then shows a
//   plausible programme instead of marking yesterday's sessions as on now.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

enum class SessionState { Now, Next, Later };

struct ProgrammeEntry {
    const Session* session = nullptr;
    SessionState state = SessionState::Later;
    std::string time_label;      // local "17:30–18:15"
    std::string relative_label;  // "Now", "In 12 min", "Started 5 min ago"; empty when the clock is untrusted
                                 // (wording: see starts_in_label / started_label in relative_time.h)
    double progress = 0.0;       // 0..1 through the session when on now
};

// A group of sessions that start at the same local time (used when there are several rooms).
struct TimeSlot {
    std::string start_label;  // "17:30"
    std::vector<ProgrammeEntry> entries;
};

struct ProgrammeView {
    std::string day_label;  // "Monday 9 October"
    // The main item first, then the rest in time order. Door-screen rule (room filter set, clock
    // trusted): the talk on now is the main item for its first 25 minutes; after that the next
    // talk goes first, because talks start late and people at the door want what comes next.
    std::vector<ProgrammeEntry> entries;
    std::vector<TimeSlot> slots;                   // the same entries grouped by start time, always in time order
    bool multi_room = false;                       // more than one distinct non-empty room among the day's sessions
    bool day_over = false;                         // "That's all for today"
    std::optional<ProgrammeEntry> next_day_first;  // the first session of the next day with sessions
    std::string next_day_label;                    // "Tuesday 10 October"
    bool before_event = false;                     // the event has not begun: the first day is shown in advance
};

struct ProgrammeQuery {
    Instant now{};
    bool clock_trusted = true;        // false: no "now" markers or relative labels
    std::optional<std::string> room;  // door-screen filter (exact room name); callers pass content.display.room
    std::vector<std::string> rooms;   // a foyer's rooms (content.display.rooms); empty: every room
};

// The part of `view` a page of the day shows: the entries whose sessions `ids` names, in the
// view's order, grouped again by start. Sessions finished since the page was made are gone.
ProgrammeView page_view(const ProgrammeView& view, const std::vector<std::string>& ids, const Content& content);

// The query a screen with `content`'s display settings makes at `now`.
ProgrammeQuery screen_query(const Content& content, Instant now, bool clock_trusted = true);

ProgrammeView programme_view(const Content& content, const ProgrammeQuery& query);

// The sessions a speaker is in that have not finished at `now`, in time order.
std::vector<const Session*> upcoming_sessions_of(const Content& content, const std::string& speaker_id, Instant now);

// How long ago (or ahead) `then` is, for posts and similar, in lower case so it can follow a name:
// past: "just now" (under a minute), "12 min ago", "2 h ago" (same local day, or under 6 hours),
// "yesterday" (previous local day), "3 days ago" (local days);
// future: "in 5 min", "in 2 h 5 min" (same local day, or under 6 hours), "tomorrow", "in 3 days".
// Past minutes and hours are rounded down, future minutes up. Days are counted in the event's zone.
std::string relative_to(Instant then, Instant now, const Content& content);

// Local clock text "14:05" in the event's time zone.
std::string local_clock(Instant t, const Content& content);

}  // namespace kiosk
