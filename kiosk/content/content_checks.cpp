// Model-wide checks work on the finished model, where every session has its instants and room.
#include "kiosk/content/content_checks.h"

#include <date/tz.h>

#include <algorithm>
#include <map>
#include <set>

#include "kiosk/content/local_time.h"

namespace kiosk {
namespace {

std::string clock_range(const Session& s, const date::time_zone& zone) {
    return date::format("%H:%M", zone.to_local(s.start)) + "-" + date::format("%H:%M", zone.to_local(s.end));
}

void check_overlaps(const Content& content, Reporter& reporter) {
    // The programme is sorted by start, so each session needs comparing only with the one in its
    // room that ends last so far.
    std::map<std::string, const Session*> latest_by_room;
    for (const auto& s : content.programme) {
        if (s.room.empty()) continue;
        const Session*& latest = latest_by_room[s.room];
        if (latest && s.start < latest->end) {
            reporter.add(Severity::Warning, s.pos,
                         "session '" + s.title + "' (" + clock_range(s, *content.event.zone) + ") overlaps '" +
                             latest->title + "' (" + clock_range(*latest, *content.event.zone) + ") in room '" +
                             s.room + "'; check the times or the rooms");
        }
        if (!latest || s.end > latest->end) latest = &s;
    }
}

void check_unused_speakers(const Content& content, Reporter& reporter) {
    std::set<std::string> used;
    for (const auto& s : content.programme) used.insert(s.speaker_ids.begin(), s.speaker_ids.end());
    for (const auto& sp : content.speakers) {
        if (used.count(sp.id)) continue;
        reporter.add(Severity::Warning, sp.pos,
                     "speaker '" + sp.id + "' is in no session; list the id under a session's 'speakers', "
                     "or the card will show no session time");
    }
}

}  // namespace

void complete_model(Content& content) {
    // Rooms keep the order they were first written in, before the sessions are sorted by time.
    for (const Session& s : content.programme) {
        if (!s.room.empty() && std::find(content.rooms.begin(), content.rooms.end(), s.room) == content.rooms.end()) {
            content.rooms.push_back(s.room);
        }
    }
    std::stable_sort(content.programme.begin(), content.programme.end(), [](const Session& a, const Session& b) {
        return a.start != b.start ? a.start < b.start : a.room < b.room;
    });
    if (!content.event.dates.empty() || !content.event.zone) return;
    std::set<std::string> days;
    for (const auto& s : content.programme) {
        days.insert(date::format("%Y-%m-%d", date::floor<date::days>(content.event.zone->to_local(s.start))));
    }
    content.event.dates.assign(days.begin(), days.end());
}

void check_model(const Content& content, Reporter& reporter) {
    if (content.event.zone) check_overlaps(content, reporter);
    // With a schedule export the sessions arrive later, and the importer checks them then.
    if (!content.programme_source) check_unused_speakers(content, reporter);
}

}  // namespace kiosk
