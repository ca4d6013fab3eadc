// The programme slide's view of the day: which sessions, in which order, with which state and labels.
#include "kiosk/schedule/programme_view.h"

#include <date/tz.h>

#include <algorithm>
#include <set>

#include "kiosk/schedule/local_day.h"
#include "kiosk/schedule/relative_time.h"

namespace kiosk {

namespace {

// How long the talk on now stays the main item of a door screen before the next one takes over.
constexpr std::chrono::minutes kDoorScreenHold{25};

using Sessions = std::vector<const Session*>;

// The sessions the query may show, in time order (then room, so parallel sessions are stable).
Sessions selected_sessions(const Content& content, const std::optional<std::string>& room,
                           const std::vector<std::string>& rooms = {}) {
    Sessions out;
    for (const Session& s : content.programme) {
        const bool in_rooms = rooms.empty() || std::find(rooms.begin(), rooms.end(), s.room) != rooms.end();
        if ((!room || s.room == *room) && in_rooms) out.push_back(&s);
    }
    std::stable_sort(out.begin(), out.end(), [](const Session* a, const Session* b) {
        return a->start != b->start ? a->start < b->start : a->room < b->room;
    });
    return out;
}

struct DayContext {
    const date::time_zone& zone;
    LocalDay day;
};

bool starts_on(const Session& s, const DayContext& ctx) {
    return local_day_of(s.start, ctx.zone) == ctx.day;
}

ProgrammeEntry plain_entry(const Session& s, const date::time_zone& zone) {
    ProgrammeEntry e;
    e.session = &s;
    e.time_label = clock_label(to_local(s.start, zone)) + "\u2013" + clock_label(to_local(s.end, zone));
    return e;
}

double progress_through(const Session& s, Instant now) {
    const auto length = s.end - s.start;
    if (length.count() <= 0) return 1.0;
    const double done = static_cast<double>((now - s.start).count()) / static_cast<double>(length.count());
    return std::clamp(done, 0.0, 1.0);
}

// Marks the sessions on now, and the earliest upcoming start (all rooms starting then) as next.
void mark_states(std::vector<ProgrammeEntry>& entries, Instant now, const date::time_zone& zone) {
    std::optional<Instant> next_start;
    for (ProgrammeEntry& e : entries) {
        const Session& s = *e.session;
        if (s.start <= now) {
            e.state = SessionState::Now;
            e.progress = progress_through(s, now);
            e.relative_label = started_label(s.start, now);
            continue;
        }
        if (!next_start) next_start = s.start;
        e.state = s.start == *next_start ? SessionState::Next : SessionState::Later;
        e.relative_label = starts_in_label(s.start, now, zone);
    }
}

// Brings the next talk to the front once the talk on now has run for kDoorScreenHold.
void apply_door_rule(std::vector<ProgrammeEntry>& entries, Instant now) {
    auto on_now = std::find_if(entries.begin(), entries.end(),
                               [](const ProgrammeEntry& e) { return e.state == SessionState::Now; });
    auto next = std::find_if(entries.begin(), entries.end(),
                             [](const ProgrammeEntry& e) { return e.state == SessionState::Next; });
    if (on_now == entries.end() || next == entries.end()) return;
    if (now - on_now->session->start < kDoorScreenHold) {
        std::rotate(entries.begin(), on_now, on_now + 1);
    } else {
        std::rotate(entries.begin(), next, next + 1);
    }
}

std::vector<TimeSlot> group_by_start(const std::vector<ProgrammeEntry>& entries, const date::time_zone& zone) {
    std::vector<TimeSlot> slots;
    std::optional<Instant> current;
    for (const ProgrammeEntry& e : entries) {
        if (!current || e.session->start != *current) {
            current = e.session->start;
            slots.push_back(TimeSlot{clock_label(to_local(*current, zone)), {}});
        }
        slots.back().entries.push_back(e);
    }
    return slots;
}

bool several_rooms(const Sessions& sessions) {
    std::set<std::string> rooms;
    for (const Session* s : sessions) {
        if (!s->room.empty()) rooms.insert(s->room);
    }
    return rooms.size() > 1;
}

// Fills the parts every kind of view shares from the day's entries, already in time order.
void fill_day(ProgrammeView& view, const Sessions& day_sessions, std::vector<ProgrammeEntry> entries,
              const DayContext& ctx) {
    view.day_label = day_label(ctx.day);
    view.multi_room = several_rooms(day_sessions);
    view.slots = group_by_start(entries, ctx.zone);
    view.entries = std::move(entries);
}

std::optional<LocalDay> first_day_with_sessions(const Sessions& sessions, const date::time_zone& zone) {
    if (sessions.empty()) return std::nullopt;
    return local_day_of(sessions.front()->start, zone);
}

ProgrammeView untrusted_view(const Sessions& sessions, Instant now, const date::time_zone& zone) {
    DayContext ctx{zone, local_day_of(now, zone)};
    const bool today_has_sessions =
        std::any_of(sessions.begin(), sessions.end(), [&](const Session* s) { return starts_on(*s, ctx); });
    if (!today_has_sessions) ctx.day = first_day_with_sessions(sessions, zone).value_or(ctx.day);

    Sessions day_sessions;
    std::vector<ProgrammeEntry> entries;
    for (const Session* s : sessions) {
        if (!starts_on(*s, ctx)) continue;
        day_sessions.push_back(s);
        entries.push_back(plain_entry(*s, zone));
    }
    ProgrammeView view;
    fill_day(view, day_sessions, std::move(entries), ctx);
    return view;
}

ProgrammeView before_event_view(const Sessions& sessions, Instant now, const DayContext& ctx) {
    Sessions day_sessions;
    std::vector<ProgrammeEntry> entries;
    for (const Session* s : sessions) {
        if (!starts_on(*s, ctx)) continue;
        day_sessions.push_back(s);
        entries.push_back(plain_entry(*s, ctx.zone));
        entries.back().relative_label = starts_in_label(s->start, now, ctx.zone);
    }
    ProgrammeView view;
    fill_day(view, day_sessions, std::move(entries), ctx);
    view.before_event = true;
    return view;
}

void set_next_day(ProgrammeView& view, const Sessions& sessions, Instant now, const DayContext& ctx) {
    auto later = std::find_if(sessions.begin(), sessions.end(),
                              [&](const Session* s) { return local_day_of(s->start, ctx.zone) > ctx.day; });
    if (later == sessions.end()) return;
    ProgrammeEntry first = plain_entry(**later, ctx.zone);
    first.relative_label = starts_in_label((*later)->start, now, ctx.zone);
    view.next_day_first = std::move(first);
    view.next_day_label = day_label(local_day_of((*later)->start, ctx.zone));
}

ProgrammeView today_view(const Sessions& sessions, const ProgrammeQuery& query, const DayContext& ctx) {
    Sessions day_sessions;
    std::vector<ProgrammeEntry> entries;
    for (const Session* s : sessions) {
        const bool still_running = local_day_of(s->start, ctx.zone) < ctx.day && s->end > query.now;
        if (!starts_on(*s, ctx) && !still_running) continue;
        day_sessions.push_back(s);
        if (s->end > query.now) entries.push_back(plain_entry(*s, ctx.zone));
    }
    mark_states(entries, query.now, ctx.zone);
    ProgrammeView view;
    fill_day(view, day_sessions, entries, ctx);
    if (query.room) apply_door_rule(view.entries, query.now);
    if (view.entries.empty()) {
        view.day_over = true;
        set_next_day(view, sessions, query.now, ctx);
    }
    return view;
}

}  // namespace

ProgrammeView programme_view(const Content& content, const ProgrammeQuery& query) {
    const date::time_zone& zone = event_zone(content);
    const Sessions sessions = selected_sessions(content, query.room, query.rooms);
    if (!query.clock_trusted) return untrusted_view(sessions, query.now, zone);

    const DayContext today{zone, local_day_of(query.now, zone)};
    const std::optional<LocalDay> first_day = first_day_with_sessions(sessions, zone);
    if (first_day && *first_day > today.day) return before_event_view(sessions, query.now, {zone, *first_day});
    return today_view(sessions, query, today);
}

ProgrammeView page_view(const ProgrammeView& view, const std::vector<std::string>& ids, const Content& content) {
    ProgrammeView page = view;
    page.entries.clear();
    for (const ProgrammeEntry& e : view.entries) {
        if (std::find(ids.begin(), ids.end(), e.session->id) != ids.end()) page.entries.push_back(e);
    }
    std::stable_sort(page.entries.begin(), page.entries.end(), [](const ProgrammeEntry& a, const ProgrammeEntry& b) {
        return a.session->start < b.session->start;
    });
    page.slots = group_by_start(page.entries, event_zone(content));
    return page;
}

ProgrammeQuery screen_query(const Content& content, Instant now, bool clock_trusted) {
    return ProgrammeQuery{now, clock_trusted, content.display.room, content.display.rooms};
}

std::vector<const Session*> upcoming_sessions_of(const Content& content, const std::string& speaker_id, Instant now) {
    Sessions out;
    for (const Session* s : selected_sessions(content, std::nullopt)) {
        const auto& ids = s->speaker_ids;
        if (s->end > now && std::find(ids.begin(), ids.end(), speaker_id) != ids.end()) out.push_back(s);
    }
    return out;
}

}  // namespace kiosk
