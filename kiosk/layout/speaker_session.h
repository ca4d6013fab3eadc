// The line a speaker card gives about the speaker's session: speaking now, next, or earlier.
#pragma once

#include <optional>
#include <string>

#include "kiosk/content/content_model.h"
#include "kiosk/layout/slide_layout.h"

namespace kiosk {

struct SpeakerSession {
    std::string kicker;  // "Speaking now", "Speaking next · In 12 min", "Spoke at 17:45"
    std::string title;   // the session's title
    std::string detail;  // "17:45–18:30 · Sefton Suite"
};

// The speaker's session that matters at `context.now`: the one on now or next, else the last one
// that finished. With an untrusted clock, the first of their sessions, without now/next words.
// None when the speaker is in no session.
std::optional<SpeakerSession> speaker_session(const Content& content, const Speaker& speaker,
                                              const SlideContext& context);

}  // namespace kiosk
