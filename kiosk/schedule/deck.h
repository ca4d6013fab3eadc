// The deck: the cycle of slides as it stands at an instant, a pure function of content and time.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "kiosk/content/content_model.h"

namespace kiosk {

// Which programme slide: the day's list (or the door screen), or a page of the rooms board.
enum class ProgrammePart { Day, Rooms };

struct Slide {
    SlideKind kind = SlideKind::Programme;
    std::chrono::seconds duration{15};
    std::string item_id;  // speaker, post or announcement id; empty for the programme
    // Stable file-name stem: "programme", "programme-2", "rooms", "rooms-2", "speaker-matt-rodda",
    // "post-lpc23-01", "announcement-wifi".
    std::string name;
    // Programme slides only.
    ProgrammePart part = ProgrammePart::Day;
    std::vector<std::string> rooms;        // a rooms-board page: its rooms, in order
    std::vector<std::string> session_ids;  // a page of the day: its sessions; empty: the day as it fits
    bool last_page = true;                 // the cycle's last page of the day: says what no page shows
    int page = 1, pages = 1;               // a rooms-board page: which of how many
    friend bool operator==(const Slide&, const Slide&) = default;
};

using Deck = std::vector<Slide>;

// Whether a page of the day showing these sessions (by id, in time order) fits the slide at `now`;
// with `ends_day` false it keeps room for the line saying what follows.
using DayPageFits =
    std::function<bool(const Content&, Instant now, const std::vector<std::string>& ids, bool ends_day)>;

// How much one programme slide holds on the screen the deck is for (see layout's deck_shape).
struct DeckShape {
    int board_rows = 6;      // rooms on a page of the rooms board
    int programme_rows = 5;  // sessions on a page of the day, when `day_page_fits` is not given
    DayPageFits day_page_fits;  // measures pages of the day as they will be drawn
};

// A cycle stays under about this long by default: pages of the day past the first are dropped
// (they say what they leave out) and rotating speakers and posts are fewer before it is longer.
inline constexpr std::chrono::seconds kCycleBudget{180};
// At most this many pages of the day in one cycle.
inline constexpr int kMaxDayPages = 3;

// One cycle of slides at `now`:
// - Rules are taken in `display.slides` order (when empty: programme 20 s, speakers 10 s,
//   posts 12 s, announcements 10 s); each slide lasts its rule's duration.
// - A rule takes up to `max_count` items of its kind (0 = all) that no earlier rule of the same
//   kind has taken, so two speaker rules show different speakers. An empty kind adds nothing.
// - The programme appears once per cycle, at its first rule, as one or more slides of the rule's
//   duration (see programme_slides). When nothing else is left it is the whole deck (20 s
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
// - Rotation: when a kind has more items than its rules take, the first half of what they take
//   (the speakers on now, the newest posts) is shown every cycle and the rest turn, one cycle
//   after another, through every other item, so everyone is shown in turn.
Deck build_deck(const Content& content, Instant now, const DeckShape& shape = {});

// The programme's slides, each lasting `duration`:
// - Several rooms (no door room): pages of the rooms board, every room with a session on now or
//   next, split evenly over as few pages as hold them; then pages of the day with the sessions
//   the board does not show, in time order.
// - A door screen: the door slide (now and next), then pages of the rest of the room's day.
// - One room: the day on one slide when it fits, else on pages.
// Pages of the day are at most `max_day_pages`; the last says what no page shows.
// The sessions of the day that neither the rooms board nor the door slide shows at `now`, in
// time order: what the pages of the day list.
std::vector<const Session*> day_list_sessions(const Content& content, Instant now);

Deck programme_slides(const Content& content, Instant now, std::chrono::seconds duration, const DeckShape& shape,
                      int max_day_pages = kMaxDayPages);

// The slide to show after `current` in a (possibly rebuilt) deck: the one following the slide
// with the same name, wrapping to the first; the first slide (0) when the name is empty or gone.
// Never fails, and returns 0 on an empty deck.
std::size_t next_slide_index(const Deck& deck, const std::string& current_name);

}  // namespace kiosk
