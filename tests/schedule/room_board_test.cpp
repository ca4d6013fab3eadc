// Tests of the programme of an event with several rooms: the rooms board, its pages, the pages of
// the day, door and foyer screens, the cycle's budget and the rotation of speakers and posts.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "kiosk/schedule/deck.h"
#include "kiosk/schedule/deck_contents.h"
#include "kiosk/schedule/room_board.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::add_post;
using kiosk::test::add_session;
using kiosk::test::add_speaker;
using kiosk::test::london;
using std::chrono::seconds;

namespace {

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// `rooms` rooms ("Hall 1", ...) in parallel from 10:00, each with talks of 45 minutes every hour
// until 18:45; room k starts k*5 minutes later, so starts differ. Rooms listed in file order.
Content congress(int rooms) {
    Content c = test::london_event();
    for (int r = 1; r <= rooms; ++r) {
        const std::string room = "Hall " + std::to_string(r);
        c.rooms.push_back(room);
        for (int h = 10; h <= 18; ++h) {
            const int m = (r * 5) % 60;
            add_session(c, "r" + std::to_string(r) + "-" + std::to_string(h),
                        "2023-10-09 " + two(h) + ":" + two(m), "2023-10-09 " + two(h) + ":" + two(m + 45 > 59 ? 59 : m + 45),
                        room);
        }
    }
    std::stable_sort(c.programme.begin(), c.programme.end(), [](const Session& a, const Session& b) {
        return a.start != b.start ? a.start < b.start : a.room < b.room;
    });
    return c;
}

std::vector<std::string> names(const Deck& deck) {
    std::vector<std::string> out;
    for (const Slide& s : deck) out.push_back(s.name);
    return out;
}

seconds length_of(const Deck& deck) {
    seconds total{0};
    for (const Slide& s : deck) total += s.duration;
    return total;
}

// The ids of every session some slide of the deck shows at `now`, counting only slides that name
// what they show (board pages and pages of the day): the day on one slide shows what fits, which
// only the layout knows.
std::set<std::string> shown_ids(const Content& c, const Deck& deck, Instant now) {
    std::set<std::string> ids;
    for (const Slide& s : deck) {
        if (s.part != ProgrammePart::Rooms && s.session_ids.empty()) continue;
        for (const Session* session : sessions_on(c, s, now)) ids.insert(session->id);
    }
    return ids;
}

// The sessions on now and the next one in every room, worked out here from the programme alone.
std::set<std::string> on_now_and_next(const Content& c, Instant now) {
    std::set<std::string> ids;
    std::set<std::string> rooms_with_next;
    for (const Session& s : c.programme) {
        if (s.start <= now && now < s.end) ids.insert(s.id);
        if (s.start > now && s.start - now <= kNextHorizon && rooms_with_next.insert(s.room).second) ids.insert(s.id);
    }
    return ids;
}

}  // namespace

TEST_CASE("rooms board: each room's session on now and its next, in the file's room order") {
    Content c = congress(3);
    c.rooms = {"Hall 3", "Hall 1", "Hall 2"};
    const std::vector<RoomRow> rows = room_rows(c, london("2023-10-09 12:20"), screen_rooms(c));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].room == "Hall 3");
    CHECK(rows[1].room == "Hall 1");
    REQUIRE(rows[1].now != nullptr);
    CHECK(rows[1].now->id == "r1-12");  // 12:05-12:50
    REQUIRE(rows[1].next != nullptr);
    CHECK(rows[1].next->id == "r1-13");
    REQUIRE(rows[0].now != nullptr);
    CHECK(rows[0].now->id == "r3-12");  // 12:15-13:00
}

TEST_CASE("rooms board: a room between talks shows only its next, a room done for the day is left out") {
    Content c = test::london_event();
    add_session(c, "a1", "2023-10-09 10:00", "2023-10-09 11:00", "A");
    add_session(c, "b1", "2023-10-09 10:00", "2023-10-09 11:00", "B");
    add_session(c, "a2", "2023-10-09 11:30", "2023-10-09 12:00", "A");
    add_session(c, "b-tomorrow", "2023-10-10 09:00", "2023-10-10 10:00", "B");
    const std::vector<RoomRow> rows = room_rows(c, london("2023-10-09 11:10"), screen_rooms(c));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].room == "A");
    CHECK(rows[0].now == nullptr);
    REQUIRE(rows[0].next != nullptr);
    CHECK(rows[0].next->id == "a2");
}

TEST_CASE("rooms board: chosen for parallel rooms, not for one room with drinks in the foyer afterwards") {
    Content one_room = test::london_event();
    add_session(one_room, "talk", "2023-10-09 18:00", "2023-10-09 19:00", "Main room");
    add_session(one_room, "drinks", "2023-10-09 19:00", "2023-10-09 19:30", "Foyer");
    CHECK_FALSE(uses_room_board(one_room));
    CHECK(uses_room_board(congress(2)));
    Content door = congress(2);
    door.display.room = "Hall 1";
    CHECK_FALSE(uses_room_board(door));
    // A foyer screen names its rooms: the board, whatever the programme.
    one_room.display.rooms = {"Foyer", "Main room"};
    CHECK(uses_room_board(one_room));
}

TEST_CASE("deck: twenty rooms page over as few even pages as hold them, every room once") {
    const Content c = congress(20);
    const Instant now = london("2023-10-09 12:30");
    DeckShape shape;
    shape.board_rows = 6;
    const Deck deck = build_deck(c, now, shape);
    std::vector<std::string> rooms;
    std::vector<std::size_t> sizes;
    for (const Slide& s : deck) {
        if (s.part != ProgrammePart::Rooms) continue;
        rooms.insert(rooms.end(), s.rooms.begin(), s.rooms.end());
        sizes.push_back(s.rooms.size());
        CHECK(s.pages == 4);
    }
    CHECK(sizes == std::vector<std::size_t>{5, 5, 5, 5});
    CHECK(rooms == c.rooms);
    CHECK(names(deck)[0] == "rooms");
    CHECK(names(deck)[3] == "rooms-4");
}

TEST_CASE("deck: every session on now and the next in every room is on a slide of one cycle") {
    for (const int rooms : {2, 7, 24}) {
        const Content c = congress(rooms);
        for (const char* at : {"2023-10-09 09:30", "2023-10-09 10:20", "2023-10-09 14:47", "2023-10-09 18:55"}) {
            CAPTURE(rooms);
            CAPTURE(at);
            const Instant now = london(at);
            for (const int rows : {3, 6, 9}) {
                DeckShape shape;
                shape.board_rows = rows;
                const Deck deck = build_deck(c, now, shape);
                const std::set<std::string> shown = shown_ids(c, deck, now);
                for (const std::string& id : on_now_and_next(c, now)) {
                    CAPTURE(id);
                    CHECK(shown.count(id) == 1);
                }
                CHECK(length_of(deck) <= kCycleBudget);
            }
        }
    }
}

TEST_CASE("deck: the rest of the day pages after the board, up to the cap, the last page knowing it is last") {
    const Content c = congress(4);
    const Instant now = london("2023-10-09 10:00");
    DeckShape shape;
    shape.programme_rows = 5;
    const Deck deck = programme_slides(c, now, seconds{20}, shape);
    std::vector<std::string> day;
    std::set<std::string> on_pages;
    for (const Slide& s : deck) {
        if (s.part != ProgrammePart::Day) continue;
        day.push_back(s.name);
        CHECK(s.session_ids.size() == 5);
        CHECK(s.last_page == (day.size() == static_cast<std::size_t>(kMaxDayPages)));
        on_pages.insert(s.session_ids.begin(), s.session_ids.end());
    }
    CHECK(day == std::vector<std::string>{"programme", "programme-2", "programme-3"});
    // Nothing on the pages is on the board as well.
    for (const Slide& s : deck) {
        if (s.part != ProgrammePart::Rooms) continue;
        for (const Session* session : sessions_on(c, s, now)) CHECK(on_pages.count(session->id) == 0);
    }
    // The pages take the earliest of what the board does not show.
    const std::vector<const Session*> rest = day_list_sessions(c, now);
    REQUIRE(rest.size() > 15);
    CHECK(on_pages.count(rest[14]->id) == 1);
    CHECK(on_pages.count(rest[15]->id) == 0);
}

TEST_CASE("deck: a page-measuring shape decides how many sessions each page of the day takes") {
    const Content c = congress(3);
    DeckShape shape;
    shape.day_page_fits = [](const Content&, Instant, const std::vector<std::string>& ids, bool ends_day) {
        return ids.size() <= (ends_day ? 4U : 3U);
    };
    const Deck deck = programme_slides(c, london("2023-10-09 10:00"), seconds{20}, shape, 2);
    std::vector<std::size_t> sizes;
    for (const Slide& s : deck) {
        if (s.part == ProgrammePart::Day) sizes.push_back(s.session_ids.size());
    }
    CHECK(sizes == std::vector<std::size_t>{3, 3});
}

TEST_CASE("deck: one room whose day fits one slide keeps its one programme slide") {
    Content c = test::london_event();
    add_session(c, "a", "2023-10-09 10:00", "2023-10-09 11:00", "Main");
    add_session(c, "b", "2023-10-09 11:00", "2023-10-09 12:00", "Main");
    const Deck deck = build_deck(c, london("2023-10-09 10:30"));
    REQUIRE(deck.size() == 1);
    CHECK(deck[0].name == "programme");
    CHECK(deck[0].session_ids.empty());
    CHECK(deck[0].part == ProgrammePart::Day);
}

TEST_CASE("deck: a door screen shows its room's now and next, then pages of the rest of its day") {
    Content c = congress(3);
    c.display.room = "Hall 2";
    const Instant now = london("2023-10-09 10:20");
    DeckShape shape;
    shape.programme_rows = 4;
    const Deck deck = programme_slides(c, now, seconds{20}, shape);
    REQUIRE(deck.size() == 3);
    CHECK(names(deck) == std::vector<std::string>{"programme", "programme-2", "programme-3"});
    CHECK(deck[0].session_ids.empty());
    const std::vector<const Session*> door = sessions_on(c, deck[0], now);
    REQUIRE(door.size() == 2);
    CHECK(door[0]->id == "r2-10");
    CHECK(door[1]->id == "r2-11");
    CHECK(deck[1].session_ids == std::vector<std::string>{"r2-12", "r2-13", "r2-14", "r2-15"});
    for (const Slide& s : deck) {
        for (const Session* session : sessions_on(c, s, now)) CHECK(session->room == "Hall 2");
    }
}

TEST_CASE("deck: a foyer screen's board shows its rooms in its order, and its pages only their sessions") {
    Content c = congress(6);
    c.display.rooms = {"Hall 5", "Hall 2"};
    const Instant now = london("2023-10-09 11:20");
    const Deck deck = build_deck(c, now);
    REQUIRE(!deck.empty());
    CHECK(deck[0].part == ProgrammePart::Rooms);
    CHECK(deck[0].rooms == std::vector<std::string>{"Hall 5", "Hall 2"});
    for (const Slide& s : deck) {
        for (const Session* session : sessions_on(c, s, now)) {
            CHECK((session->room == "Hall 5" || session->room == "Hall 2"));
        }
    }
}

TEST_CASE("deck: speakers past the rule's cap rotate through later cycles until everyone has been shown") {
    Content c = test::london_event();
    for (int i = 0; i < 11; ++i) add_speaker(c, "s" + two(i));
    for (int i = 0; i < 7; ++i) add_post(c, "p" + two(i), london("2023-10-09 09:" + two(i)));
    c.display.slides = {SlideRule{SlideKind::Programme, seconds{20}, 0}, SlideRule{SlideKind::Speakers, seconds{10}, 4},
                        SlideRule{SlideKind::Posts, seconds{10}, 3}};
    c.display.announcement_every = 0;
    Instant now = london("2023-10-09 10:00");
    std::set<std::string> seen;
    std::set<std::string> every_cycle;
    bool first = true;
    for (int cycle = 0; cycle < 12; ++cycle) {
        const Deck deck = build_deck(c, now);
        std::set<std::string> this_cycle;
        int speakers = 0, posts = 0;
        for (const Slide& s : deck) {
            if (s.kind == SlideKind::Speakers) ++speakers;
            if (s.kind == SlideKind::Posts) ++posts;
            if (s.kind != SlideKind::Programme) CHECK(this_cycle.insert(s.name).second);
        }
        CHECK(speakers == 4);
        CHECK(posts == 3);
        if (first) every_cycle = this_cycle;
        std::set<std::string> kept;
        std::set_intersection(every_cycle.begin(), every_cycle.end(), this_cycle.begin(), this_cycle.end(),
                              std::inserter(kept, kept.begin()));
        every_cycle = kept;
        first = false;
        seen.insert(this_cycle.begin(), this_cycle.end());
        now += length_of(deck);
    }
    CHECK(seen.size() == 11 + 7);
    // The first of each kind (the speakers on now, the newest post) are in every cycle.
    CHECK(every_cycle.count("speaker-s00") == 1);
    CHECK(every_cycle.count("speaker-s01") == 1);
    CHECK(every_cycle.count("post-p06") == 1);
}

TEST_CASE("deck: the cycle's budget drops pages of the day and rotating speakers before it runs long") {
    Content c = congress(12);
    for (int i = 0; i < 30; ++i) add_speaker(c, "s" + two(i));
    c.display.slides = default_slide_rules();
    const Instant now = london("2023-10-09 10:30");
    DeckShape shape;
    shape.board_rows = 6;
    shape.programme_rows = 4;
    const Deck deck = build_deck(c, now, shape);
    CHECK(length_of(deck) <= kCycleBudget);
    int board = 0, day = 0, speakers = 0;
    for (const Slide& s : deck) {
        board += s.part == ProgrammePart::Rooms && s.kind == SlideKind::Programme;
        day += s.part == ProgrammePart::Day && s.kind == SlideKind::Programme;
        speakers += s.kind == SlideKind::Speakers;
    }
    CHECK(board == 2);  // the board is never cut: it is what the screen is for
    CHECK(day >= 1);
    CHECK(speakers >= 3);
}
