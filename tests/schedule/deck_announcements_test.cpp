// Tests of announcements interleaved in the deck, and of stepping through a deck that changes.
#include <doctest/doctest.h>

#include <set>

#include "kiosk/schedule/deck.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::add_announcement;
using kiosk::test::add_post;
using kiosk::test::add_speaker;
using kiosk::test::london;
using std::chrono::seconds;

namespace {

const Instant kNow = london("2023-10-09 12:00");

std::vector<std::string> names(const Deck& deck) {
    std::vector<std::string> out;
    for (const Slide& s : deck) out.push_back(s.name);
    return out;
}

SlideRule rule(SlideKind kind, int duration, int max_count = 0) {
    return SlideRule{kind, seconds{duration}, max_count};
}

// A programme slide and `speakers` speaker slides, then the announcements rule last.
Content event_with(int speakers, const std::vector<std::string>& announcements, int every) {
    Content c = test::london_event();
    for (int i = 1; i <= speakers; ++i) add_speaker(c, "s" + std::to_string(i));
    for (const auto& id : announcements) add_announcement(c, id);
    c.display.announcement_every = every;
    c.display.slides = {rule(SlideKind::Programme, 20), rule(SlideKind::Speakers, 10),
                        rule(SlideKind::Announcements, 6)};
    return c;
}

}  // namespace

TEST_CASE("deck: one announcement after every N other slides, cycling through them") {
    const Deck deck = build_deck(event_with(5, {"wifi", "lunch"}, 2), kNow);
    CHECK(names(deck) == std::vector<std::string>{"programme", "speaker-s1", "announcement-wifi", "speaker-s2",
                                                  "speaker-s3", "announcement-lunch", "speaker-s4", "speaker-s5",
                                                  "announcement-wifi.2"});
    REQUIRE(deck.size() == 9);
    CHECK(deck[2].duration == seconds{6});
    CHECK(deck[8].item_id == "wifi");
    CHECK(deck[8].kind == SlideKind::Announcements);
}

TEST_CASE("deck: interleaving ignores the position of the announcements rule") {
    Content c = event_with(3, {"wifi"}, 2);
    c.display.slides = {rule(SlideKind::Announcements, 6), rule(SlideKind::Programme, 20),
                        rule(SlideKind::Speakers, 10)};
    CHECK(names(build_deck(c, kNow)) == std::vector<std::string>{"programme", "speaker-s1", "announcement-wifi",
                                                                 "speaker-s2", "speaker-s3", "announcement-wifi.2"});
}

TEST_CASE("deck: more announcements than places are all shown once per cycle") {
    const Deck deck = build_deck(event_with(3, {"a", "b", "c", "d", "e"}, 2), kNow);
    CHECK(names(deck) == std::vector<std::string>{"programme", "speaker-s1", "announcement-a", "announcement-b",
                                                  "announcement-c", "speaker-s2", "speaker-s3", "announcement-d",
                                                  "announcement-e"});
}

TEST_CASE("deck: a deck shorter than N still gets one announcement at its end") {
    CHECK(names(build_deck(event_with(1, {"wifi"}, 3), kNow)) ==
          std::vector<std::string>{"programme", "speaker-s1", "announcement-wifi"});
}

TEST_CASE("deck: max on the announcements rule limits interleaved announcements") {
    Content c = event_with(3, {"a", "b", "c"}, 2);
    c.display.slides.back().max_count = 1;
    CHECK(names(build_deck(c, kNow)) == std::vector<std::string>{"programme", "speaker-s1", "announcement-a",
                                                                 "speaker-s2", "speaker-s3", "announcement-a.2"});
}

TEST_CASE("deck: with announcement_every 0 announcements appear where their rule is") {
    Content c = event_with(3, {"a", "b"}, 0);
    c.display.slides = {rule(SlideKind::Programme, 20), rule(SlideKind::Announcements, 6),
                        rule(SlideKind::Speakers, 10)};
    CHECK(names(build_deck(c, kNow)) == std::vector<std::string>{"programme", "announcement-a", "announcement-b",
                                                                 "speaker-s1", "speaker-s2", "speaker-s3"});
}

TEST_CASE("deck: without an announcements rule no announcements are shown") {
    Content c = event_with(3, {"a"}, 2);
    c.display.slides.pop_back();
    CHECK(names(build_deck(c, kNow)) ==
          std::vector<std::string>{"programme", "speaker-s1", "speaker-s2", "speaker-s3"});
}

TEST_CASE("deck: announcements alone make the deck when nothing else is listed") {
    Content c = event_with(0, {"a", "b"}, 3);
    c.display.slides = {rule(SlideKind::Announcements, 6)};
    CHECK(names(build_deck(c, kNow)) == std::vector<std::string>{"announcement-a", "announcement-b"});
}

TEST_CASE("deck: slide names stay unique whatever the mix") {
    for (int speakers : {0, 1, 4, 9}) {
        for (int every : {0, 1, 2, 5}) {
            CAPTURE(speakers);
            CAPTURE(every);
            const Deck deck = build_deck(event_with(speakers, {"a", "b", "c"}, every), kNow);
            const auto all = names(deck);
            CHECK(std::set<std::string>(all.begin(), all.end()).size() == all.size());
            CHECK_FALSE(deck.empty());
        }
    }
}

TEST_CASE("deck: the next slide follows the current one and wraps at the end") {
    const Deck deck = build_deck(event_with(2, {"wifi"}, 0), kNow);
    REQUIRE(names(deck) == std::vector<std::string>{"programme", "speaker-s1", "speaker-s2", "announcement-wifi"});
    CHECK(next_slide_index(deck, "programme") == 1);
    CHECK(next_slide_index(deck, "speaker-s2") == 3);
    CHECK(next_slide_index(deck, "announcement-wifi") == 0);
}

TEST_CASE("deck: the next slide is the first when the name is empty or gone") {
    const Deck deck = build_deck(event_with(2, {"wifi"}, 0), kNow);
    CHECK(next_slide_index(deck, "") == 0);
    CHECK(next_slide_index(deck, "speaker-removed") == 0);
    CHECK(next_slide_index(Deck{}, "programme") == 0);
}

TEST_CASE("deck: after a content change the rotation continues from the same slide or restarts") {
    Content c = event_with(3, {"wifi"}, 0);
    const Deck before = build_deck(c, kNow);
    REQUIRE(before[2].name == "speaker-s2");

    Content edited = c;
    edited.speakers.erase(edited.speakers.begin());  // s1 removed: s2 moves up one place
    const Deck after = build_deck(edited, kNow);
    REQUIRE(after[1].name == "speaker-s2");
    CHECK(after[next_slide_index(after, "speaker-s2")].name == "speaker-s3");

    Content without_s2 = c;
    without_s2.speakers.erase(without_s2.speakers.begin() + 1);
    CHECK(next_slide_index(build_deck(without_s2, kNow), "speaker-s2") == 0);
}

TEST_CASE("deck: stepping through an interleaved deck visits every slide once per cycle") {
    Content c = event_with(5, {"wifi", "lunch"}, 2);
    add_post(c, "p", london("2023-10-09 11:00"));
    c.display.slides.push_back(rule(SlideKind::Posts, 12));
    const Deck deck = build_deck(c, kNow);
    std::set<std::string> seen;
    std::string current;
    for (std::size_t i = 0; i < deck.size(); ++i) {
        current = deck[next_slide_index(deck, current)].name;
        seen.insert(current);
    }
    CHECK(seen.size() == deck.size());
    CHECK(next_slide_index(deck, current) == 0);
}
