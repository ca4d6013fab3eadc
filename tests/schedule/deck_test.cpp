// Tests of the deck: rule order and durations, item order, interleaved announcements, stepping.
#include <doctest/doctest.h>

#include "kiosk/schedule/deck.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::add_announcement;
using kiosk::test::add_post;
using kiosk::test::add_session;
using kiosk::test::add_speaker;
using kiosk::test::london;
using std::chrono::seconds;

namespace {

std::vector<std::string> names(const Deck& deck) {
    std::vector<std::string> out;
    for (const Slide& s : deck) out.push_back(s.name);
    return out;
}

SlideRule rule(SlideKind kind, int duration, int max_count = 0) {
    return SlideRule{kind, seconds{duration}, max_count};
}

// Two speakers, two posts, one announcement; announcements only where their rule is.
Content small_event() {
    Content c = test::london_event();
    add_speaker(c, "ada");
    add_speaker(c, "bob");
    add_session(c, "talk", "2023-10-09 10:00", "2023-10-09 11:00", "", {"ada", "bob"});
    add_post(c, "p1", london("2023-10-09 09:00"));
    add_post(c, "p2", london("2023-10-09 09:30"));
    add_announcement(c, "wifi");
    c.display.announcement_every = 0;
    return c;
}

const Instant kMorning = london("2023-10-09 09:45");

}  // namespace

TEST_CASE("deck: without display rules the default cycle and durations apply") {
    const Deck deck = build_deck(small_event(), kMorning);
    CHECK(names(deck) == std::vector<std::string>{"programme", "speaker-ada", "speaker-bob", "post-p2", "post-p1",
                                                  "announcement-wifi"});
    REQUIRE(deck.size() == 6);
    CHECK(deck[0].duration == seconds{20});
    CHECK(deck[1].duration == seconds{10});
    CHECK(deck[3].duration == seconds{12});
    CHECK(deck[5].duration == seconds{10});
    CHECK(deck[0].item_id.empty());
    CHECK(deck[1].kind == SlideKind::Speakers);
    CHECK(deck[1].item_id == "ada");
    CHECK(deck[3].item_id == "p2");
    CHECK(deck[5].item_id == "wifi");
}

TEST_CASE("deck: follows the order and durations of the display rules") {
    Content c = small_event();
    c.display.slides = {rule(SlideKind::Posts, 8), rule(SlideKind::Announcements, 5), rule(SlideKind::Programme, 30),
                        rule(SlideKind::Speakers, 7)};
    const Deck deck = build_deck(c, kMorning);
    CHECK(names(deck) == std::vector<std::string>{"post-p2", "post-p1", "announcement-wifi", "programme", "speaker-ada",
                                                  "speaker-bob"});
    REQUIRE(deck.size() == 6);
    CHECK(deck[0].duration == seconds{8});
    CHECK(deck[2].duration == seconds{5});
    CHECK(deck[3].duration == seconds{30});
    CHECK(deck[5].duration == seconds{7});
}

TEST_CASE("deck: speakers on now come first, then next, then later, finished, and in no session") {
    Content c = test::london_event();
    for (const char* id : {"nosession", "finished", "later", "next", "onnow", "later-sooner"}) add_speaker(c, id);
    add_session(c, "s1", "2023-10-09 09:00", "2023-10-09 10:00", "", {"finished"});
    add_session(c, "s2", "2023-10-09 10:00", "2023-10-09 11:00", "", {"onnow"});
    add_session(c, "s3", "2023-10-09 11:15", "2023-10-09 12:00", "", {"next"});
    add_session(c, "s5", "2023-10-09 16:00", "2023-10-09 17:00", "", {"later"});
    add_session(c, "s4", "2023-10-09 14:00", "2023-10-09 15:00", "", {"later-sooner"});
    c.display.slides = {rule(SlideKind::Speakers, 10)};
    const Deck deck = build_deck(c, london("2023-10-09 10:30"));
    CHECK(names(deck) == std::vector<std::string>{"speaker-onnow", "speaker-next", "speaker-later-sooner",
                                                  "speaker-later", "speaker-finished", "speaker-nosession"});
}

TEST_CASE("deck: a door screen shows its own room's speakers, now and next first, and no one else's") {
    Content c = test::london_event();
    for (const char* id : {"elsewhere", "here-next", "here-now", "host", "both"}) add_speaker(c, id);
    add_session(c, "x", "2023-10-09 10:00", "2023-10-09 11:00", "Room 2", {"elsewhere"});
    add_session(c, "y", "2023-10-09 10:00", "2023-10-09 11:00", "Main Hall", {"here-now"});
    add_session(c, "z", "2023-10-09 11:30", "2023-10-09 12:00", "Main Hall", {"here-next"});
    add_session(c, "w", "2023-10-09 09:00", "2023-10-09 09:30", "Room 2", {"both"});
    add_session(c, "v", "2023-10-09 15:00", "2023-10-09 16:00", "Main Hall", {"both"});
    c.display.slides = {rule(SlideKind::Speakers, 10)};
    c.display.room = "Main Hall";
    const Deck deck = build_deck(c, london("2023-10-09 10:30"));
    CHECK(names(deck) ==
          std::vector<std::string>{"speaker-here-now", "speaker-here-next", "speaker-both", "speaker-host"});
    c.display.room.reset();
    CHECK(build_deck(c, london("2023-10-09 10:30")).size() == 5);
}

TEST_CASE("deck: posts are newest first with unknown times last and future posts left out") {
    Content c = test::london_event();
    add_post(c, "undated-a", std::nullopt);
    add_post(c, "old", london("2023-10-09 08:00"));
    add_post(c, "future", london("2023-10-09 18:00"));
    add_post(c, "new", london("2023-10-09 09:40"));
    add_post(c, "undated-b", std::nullopt);
    add_post(c, "exactly-now", kMorning);
    c.display.slides = {rule(SlideKind::Posts, 12)};
    CHECK(names(build_deck(c, kMorning)) ==
          std::vector<std::string>{"post-exactly-now", "post-new", "post-old", "post-undated-a", "post-undated-b"});
}

TEST_CASE("deck: a rehearsal at an earlier instant shows only posts written by then") {
    Content c = small_event();
    c.display.slides = {rule(SlideKind::Posts, 12)};
    CHECK(names(build_deck(c, london("2023-10-09 09:10"))) == std::vector<std::string>{"post-p1"});
    CHECK(names(build_deck(c, london("2023-10-09 20:00"))) == std::vector<std::string>{"post-p2", "post-p1"});
    CHECK(names(build_deck(c, london("2023-10-08 12:00"))) == std::vector<std::string>{"programme"});
}

TEST_CASE("deck: max limits the slides of a kind and a second rule continues where the first stopped") {
    Content c = test::london_event();
    for (const char* id : {"a", "b", "c", "d", "e"}) add_speaker(c, id);
    c.display.slides = {rule(SlideKind::Speakers, 10, 2), rule(SlideKind::Programme, 20),
                        rule(SlideKind::Speakers, 10, 2)};
    CHECK(names(build_deck(c, kMorning)) ==
          std::vector<std::string>{"speaker-a", "speaker-b", "programme", "speaker-c", "speaker-d"});
}

TEST_CASE("deck: the programme slide appears once per cycle") {
    Content c = small_event();
    c.display.slides = {rule(SlideKind::Programme, 20), rule(SlideKind::Speakers, 10), rule(SlideKind::Programme, 25)};
    const Deck deck = build_deck(c, kMorning);
    CHECK(names(deck) == std::vector<std::string>{"programme", "speaker-ada", "speaker-bob"});
    CHECK(deck[0].duration == seconds{20});
}

TEST_CASE("deck: empty kinds add no slides and the deck is never empty") {
    Content c = test::london_event();
    c.display.announcement_every = 0;
    c.display.slides = {rule(SlideKind::Speakers, 10), rule(SlideKind::Posts, 12), rule(SlideKind::Announcements, 9)};
    const Deck deck = build_deck(c, kMorning);
    REQUIRE(deck.size() == 1);
    CHECK(deck[0].name == "programme");
    CHECK(deck[0].kind == SlideKind::Programme);
    CHECK(deck[0].duration == seconds{20});

    c.display.slides = {rule(SlideKind::Programme, 45), rule(SlideKind::Speakers, 10)};
    CHECK(names(build_deck(c, kMorning)) == std::vector<std::string>{"programme"});
    c.display.slides.clear();
    CHECK(names(build_deck(c, kMorning)) == std::vector<std::string>{"programme"});
}
