// The deck: the cycle of slides as it stands at an instant, a pure function of content and time.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

struct Slide {
    SlideKind kind = SlideKind::Programme;
    std::chrono::seconds duration{15};
    std::string item_id;  // speaker, post or announcement id; empty for the programme
    std::string name;  // stable file-name stem: "programme", "speaker-matt-rodda", "post-lpc23-01", "announcement-wifi"
    friend bool operator==(const Slide&, const Slide&) = default;
};

using Deck = std::vector<Slide>;

// One cycle of slides at `now`:
// - Rules are taken in `display.slides` order (when empty: programme 20 s, speakers 10 s,
//   posts 12 s, announcements 10 s); each slide lasts its rule's duration.
// - A rule takes up to `max_count` items of its kind (0 = all) that no earlier rule of the same
//   kind has taken, so two speaker rules show different speakers. An empty kind adds nothing.
// - The programme slide appears once per cycle, at its first rule; with `display.room` set the
//   layout draws it as the door screen. When nothing else is left it is the whole deck (20 s
//   unless a programme rule says otherwise), so the deck is never empty.
// - Speakers: those in a session on now, then those in the next session(s) (both judged within
//   `display.room` when set), then the others by their next unfinished session, then those whose
//   sessions are all over, then speakers in no session at all (hosts and the like, still listed
//   by the organiser). Ties keep the order of the file.
// - Posts: dated posts up to `now`, newest first, then posts of unknown time in file order. Posts
//   dated after `now` are left out, so a rehearsal at an earlier instant shows only what was
//   written by then.
// - Announcements with `display.announcement_every` = N > 0: the announcements rule gives only
//   the duration and max_count, not a position; one announcement follows every N other slides
//   (at least one per cycle), cycling through the announcements. When there are more
//   announcements than places, the places take several in turn so each is shown once per cycle.
//   A repeat within one cycle gets the name "announcement-<id>.2" (".3", ...) so names stay
//   unique. With N = 0 announcements appear where their rule is. Without an announcements rule
//   none are shown.
Deck build_deck(const Content& content, Instant now);

// The slide to show after `current` in a (possibly rebuilt) deck: the one following the slide
// with the same name, wrapping to the first; the first slide (0) when the name is empty or gone.
// Never fails, and returns 0 on an empty deck.
std::size_t next_slide_index(const Deck& deck, const std::string& current_name);

}  // namespace kiosk
