// Choosing and wording the session shown on a speaker card.
#include "kiosk/layout/speaker_session.h"

#include <algorithm>

#include "kiosk/base/bidi.h"
#include "kiosk/schedule/local_day.h"
#include "kiosk/schedule/programme_view.h"
#include "kiosk/schedule/relative_time.h"

namespace kiosk {

namespace {

bool features(const Session& session, const Speaker& speaker) {
    const auto& ids = session.speaker_ids;
    return std::find(ids.begin(), ids.end(), speaker.id) != ids.end();
}

std::string time_range(const Session& session, const Content& content) {
    return local_clock(session.start, content) + "\u2013" + local_clock(session.end, content);
}

std::string with_room(std::string text, const Session& session) {
    return bidi::join_isolated({text, session.room}, " \u00B7 ");
}

// "Spoke at 17:45" on the same local day, "Spoke on Mon 9 Oct at 17:45" after it.
std::string spoke_at(const Session& session, const Content& content, Instant now) {
    const date::time_zone& zone = event_zone(content);
    const LocalDay day = local_day_of(session.start, zone);
    const std::string clock = local_clock(session.start, content);
    if (day == local_day_of(now, zone)) return "Spoke at " + clock;
    return "Spoke on " + short_day_label(day) + " at " + clock;
}

SpeakerSession upcoming(const Session& session, const Content& content, Instant now) {
    SpeakerSession out;
    if (session.start <= now) {
        out.kicker = "Speaking now";
    } else {
        out.kicker = "Speaking next \u00B7 " + starts_in_label(session.start, now, event_zone(content));
    }
    out.title = session.title;
    out.detail = with_room(time_range(session, content), session);
    return out;
}

// The finished session of the speaker that ended last.
const Session* last_finished(const Content& content, const Speaker& speaker, Instant now) {
    const Session* last = nullptr;
    for (const Session& s : content.programme) {
        if (features(s, speaker) && s.end <= now && (!last || s.end > last->end)) last = &s;
    }
    return last;
}

const Session* first_listed(const Content& content, const Speaker& speaker) {
    const Session* first = nullptr;
    for (const Session& s : content.programme) {
        if (features(s, speaker) && (!first || s.start < first->start)) first = &s;
    }
    return first;
}

}  // namespace

std::optional<SpeakerSession> speaker_session(const Content& content, const Speaker& speaker,
                                              const SlideContext& context) {
    if (!context.clock_trusted) {
        const Session* s = first_listed(content, speaker);
        if (!s) return std::nullopt;
        return SpeakerSession{"On the programme", s->title, with_room(time_range(*s, content), *s)};
    }
    const std::vector<const Session*> next = upcoming_sessions_of(content, speaker.id, context.now);
    if (!next.empty()) return upcoming(*next.front(), content, context.now);
    const Session* done = last_finished(content, speaker, context.now);
    if (!done) return std::nullopt;
    return SpeakerSession{spoke_at(*done, content, context.now), done->title, with_room({}, *done)};
}

}  // namespace kiosk
