// Ranking of speakers around now/next and selection of the posts a deck may show at an instant.
#include "kiosk/schedule/deck_items.h"

#include <algorithm>
#include <optional>

namespace kiosk {

namespace {

enum class SpeakerRank { OnNow, Next, Upcoming, Finished, NoSession };

struct RankedSpeaker {
    SpeakerRank rank = SpeakerRank::NoSession;
    Instant next_start = Instant::max();  // orders Upcoming speakers by their next session
    const Speaker* speaker = nullptr;
};

bool has_speaker(const Session& s, const std::string& id) {
    return std::find(s.speaker_ids.begin(), s.speaker_ids.end(), id) != s.speaker_ids.end();
}

bool in_room(const Session& s, const Display& display) {
    return !display.room || s.room == *display.room;
}

// The earliest start after `now` among the sessions the screen's room shows.
std::optional<Instant> next_start_in_room(const Content& content, Instant now) {
    std::optional<Instant> next;
    for (const Session& s : content.programme) {
        if (in_room(s, content.display) && s.start > now && (!next || s.start < *next)) next = s.start;
    }
    return next;
}

RankedSpeaker rank_speaker(const Content& content, const Speaker& sp, Instant now, std::optional<Instant> next) {
    RankedSpeaker r{SpeakerRank::NoSession, Instant::max(), &sp};
    for (const Session& s : content.programme) {
        if (!has_speaker(s, sp.id)) continue;
        const bool room = in_room(s, content.display);
        SpeakerRank rank = SpeakerRank::Finished;
        if (room && s.start <= now && now < s.end) {
            rank = SpeakerRank::OnNow;
        } else if (room && next && s.start == *next) {
            rank = SpeakerRank::Next;
        } else if (s.end > now) {
            rank = SpeakerRank::Upcoming;
            r.next_start = std::min(r.next_start, s.start);
        }
        r.rank = std::min(r.rank, rank);
    }
    return r;
}

bool rank_before(const RankedSpeaker& a, const RankedSpeaker& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.rank == SpeakerRank::Upcoming && a.next_start < b.next_start;
}

// A door screen shows the people of its own room: speakers whose every session is in another
// room are left to that room's screen. Speakers in no session at all (a host) stay.
bool belongs_here(const Content& content, const Speaker& sp) {
    if (!content.display.room) return true;
    bool in_any = false;
    for (const Session& s : content.programme) {
        if (!has_speaker(s, sp.id)) continue;
        if (in_room(s, content.display)) return true;
        in_any = true;
    }
    return !in_any;
}

}  // namespace

std::vector<std::string> ranked_speaker_ids(const Content& content, Instant now) {
    const std::optional<Instant> next = next_start_in_room(content, now);
    std::vector<RankedSpeaker> ranked;
    ranked.reserve(content.speakers.size());
    for (const Speaker& sp : content.speakers) {
        if (belongs_here(content, sp)) ranked.push_back(rank_speaker(content, sp, now, next));
    }
    std::stable_sort(ranked.begin(), ranked.end(), rank_before);

    std::vector<std::string> ids;
    ids.reserve(ranked.size());
    for (const RankedSpeaker& r : ranked) ids.push_back(r.speaker->id);
    return ids;
}

std::vector<std::string> visible_post_ids(const Content& content, Instant now) {
    std::vector<const Post*> dated;
    std::vector<const Post*> undated;
    for (const Post& p : content.posts) {
        if (!p.time) {
            undated.push_back(&p);
        } else if (*p.time <= now) {
            dated.push_back(&p);
        }
    }
    std::stable_sort(dated.begin(), dated.end(), [](const Post* a, const Post* b) { return *a->time > *b->time; });

    std::vector<std::string> ids;
    for (const Post* p : dated) ids.push_back(p->id);
    for (const Post* p : undated) ids.push_back(p->id);
    return ids;
}

}  // namespace kiosk
