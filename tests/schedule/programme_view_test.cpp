// Tests of the programme view on a plain day: now and next at the edges, labels, rooms, day over.
#include <doctest/doctest.h>

#include "kiosk/schedule/programme_view.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::add_session;
using kiosk::test::london;

namespace {

// Monday 9 October 2023 (summer time): a keynote, a panel and a reception in one room.
Content one_room_day() {
    Content c = test::london_event();
    add_session(c, "keynote", "2023-10-09 09:30", "2023-10-09 10:30", "Main Hall");
    add_session(c, "panel", "2023-10-09 17:30", "2023-10-09 18:15", "Main Hall");
    add_session(c, "reception", "2023-10-09 18:30", "2023-10-09 20:00", "Main Hall");
    return c;
}

ProgrammeView at(const Content& c, std::string_view local, std::optional<std::string> room = std::nullopt) {
    return programme_view(c, ProgrammeQuery{london(local), true, std::move(room), {}});
}

std::string id_of(const ProgrammeEntry& e) {
    return e.session ? e.session->id : std::string("<null>");
}

}  // namespace

TEST_CASE("programme: labels the day and each session in local time with an en dash") {
    const Content c = one_room_day();
    const ProgrammeView v = at(c, "2023-10-09 08:00");
    CHECK(v.day_label == "Monday 9 October");
    REQUIRE(v.entries.size() == 3);
    CHECK(v.entries[1].time_label == "17:30\u201318:15");
    CHECK_FALSE(v.day_over);
    CHECK_FALSE(v.before_event);
}

TEST_CASE("programme: the first upcoming session is next and the rest are later") {
    const Content c = one_room_day();
    const ProgrammeView v = at(c, "2023-10-09 08:25");
    REQUIRE(v.entries.size() == 3);
    CHECK(id_of(v.entries[0]) == "keynote");
    CHECK(v.entries[0].state == SessionState::Next);
    CHECK(v.entries[0].relative_label == "In 1 h 5 min");
    CHECK(v.entries[1].state == SessionState::Later);
    CHECK(v.entries[1].relative_label == "In 9 h 5 min");
    CHECK(v.entries[2].state == SessionState::Later);
}

TEST_CASE("programme: a session is next up to the second before it starts") {
    const Content c = one_room_day();
    const ProgrammeView v = programme_view(c, {london("2023-10-09 17:30") - std::chrono::seconds{1}, true, {}, {}});
    REQUIRE(v.entries.size() == 2);
    CHECK(id_of(v.entries[0]) == "panel");
    CHECK(v.entries[0].state == SessionState::Next);
    CHECK(v.entries[0].relative_label == "In 1 min");
    CHECK(v.entries[0].progress == 0.0);
}

TEST_CASE("programme: a session is on now from its first minute") {
    const Content c = one_room_day();
    const ProgrammeView v = at(c, "2023-10-09 17:30");
    REQUIRE(v.entries.size() == 2);
    CHECK(id_of(v.entries[0]) == "panel");
    CHECK(v.entries[0].state == SessionState::Now);
    CHECK(v.entries[0].relative_label == "Now");
    CHECK(v.entries[0].progress == doctest::Approx(0.0));
    CHECK(id_of(v.entries[1]) == "reception");
    CHECK(v.entries[1].state == SessionState::Next);
    CHECK(v.entries[1].relative_label == "In 1 h");
}

TEST_CASE("programme: a session on now for more than a minute says when it started") {
    const Content c = one_room_day();
    CHECK(at(c, "2023-10-09 17:31").entries[0].relative_label == "Started 1 min ago");
    CHECK(at(c, "2023-10-09 17:35").entries[0].relative_label == "Started 5 min ago");
}

TEST_CASE("programme: a session is on now in its last minute and gone at its end") {
    const Content c = one_room_day();
    const ProgrammeView last_minute = at(c, "2023-10-09 18:14");
    REQUIRE_FALSE(last_minute.entries.empty());
    CHECK(id_of(last_minute.entries[0]) == "panel");
    CHECK(last_minute.entries[0].state == SessionState::Now);
    CHECK(last_minute.entries[0].progress == doctest::Approx(44.0 / 45.0));
    CHECK(last_minute.entries[0].relative_label == "Started 44 min ago");

    const ProgrammeView at_end = at(c, "2023-10-09 18:15");
    REQUIRE(at_end.entries.size() == 1);
    CHECK(id_of(at_end.entries[0]) == "reception");
    CHECK(at_end.entries[0].state == SessionState::Next);
    CHECK(at_end.entries[0].relative_label == "In 15 min");
}

TEST_CASE("programme: finished sessions drop off") {
    const Content c = one_room_day();
    const ProgrammeView v = at(c, "2023-10-09 12:00");
    REQUIRE(v.entries.size() == 2);
    CHECK(id_of(v.entries[0]) == "panel");
    CHECK(id_of(v.entries[1]) == "reception");
}

TEST_CASE("programme: when the day is over it says so and names the next day's first session") {
    Content c = one_room_day();
    add_session(c, "day2-late", "2023-10-10 11:00", "2023-10-10 12:00", "Main Hall");
    add_session(c, "day2-opening", "2023-10-10 09:30", "2023-10-10 10:00", "Main Hall");
    const ProgrammeView v = at(c, "2023-10-09 20:00");
    CHECK(v.day_over);
    CHECK(v.entries.empty());
    CHECK(v.day_label == "Monday 9 October");
    REQUIRE(v.next_day_first.has_value());
    CHECK(id_of(*v.next_day_first) == "day2-opening");
    CHECK(v.next_day_first->state == SessionState::Later);
    CHECK(v.next_day_first->time_label == "09:30\u201310:00");
    CHECK(v.next_day_first->relative_label == "Tomorrow 09:30");
    CHECK(v.next_day_label == "Tuesday 10 October");
}

TEST_CASE("programme: the last day over has no next day") {
    const Content c = one_room_day();
    const ProgrammeView v = at(c, "2023-10-09 21:00");
    CHECK(v.day_over);
    CHECK_FALSE(v.next_day_first.has_value());
    CHECK(v.next_day_label.empty());
}

TEST_CASE("programme: a day without sessions between event days is over and points to the next") {
    Content c = one_room_day();
    add_session(c, "day3", "2023-10-11 10:00", "2023-10-11 11:00", "Main Hall");
    const ProgrammeView v = at(c, "2023-10-10 12:00");
    CHECK(v.day_label == "Tuesday 10 October");
    CHECK(v.day_over);
    REQUIRE(v.next_day_first.has_value());
    CHECK(id_of(*v.next_day_first) == "day3");
}

TEST_CASE("programme: days before the event show the first day in advance") {
    Content c = one_room_day();
    add_session(c, "day2", "2023-10-10 10:00", "2023-10-10 11:00", "Main Hall");
    const ProgrammeView v = at(c, "2023-10-06 12:00");
    CHECK(v.before_event);
    CHECK_FALSE(v.day_over);
    CHECK(v.day_label == "Monday 9 October");
    REQUIRE(v.entries.size() == 3);
    for (const ProgrammeEntry& e : v.entries) CHECK(e.state == SessionState::Later);
    CHECK(v.entries[1].relative_label == "Mon 9 Oct 17:30");
    CHECK(at(c, "2023-10-08 21:00").entries[0].relative_label == "Tomorrow 09:30");
}

TEST_CASE("programme: the evening before, a session just after midnight reads in minutes") {
    Content c = test::london_event();
    add_session(c, "late", "2023-10-10 00:30", "2023-10-10 01:00");
    const ProgrammeView v = at(c, "2023-10-09 23:50");
    CHECK(v.before_event);
    REQUIRE(v.entries.size() == 1);
    CHECK(v.entries[0].relative_label == "In 40 min");
}

TEST_CASE("programme: an untrusted clock shows the first event day without now or next") {
    Content c = one_room_day();
    add_session(c, "day2", "2023-10-10 10:00", "2023-10-10 11:00", "Main Hall");
    for (const char* wrong : {"2000-01-01 00:00", "2023-10-11 09:00", "2023-10-09 18:00"}) {
        CAPTURE(wrong);
        const ProgrammeView v = programme_view(c, {london(wrong), false, {}, {}});
        CHECK(v.day_label == "Monday 9 October");
        REQUIRE(v.entries.size() == 3);
        for (const ProgrammeEntry& e : v.entries) {
            CHECK(e.state == SessionState::Later);
            CHECK(e.relative_label.empty());
            CHECK(e.progress == 0.0);
        }
        CHECK_FALSE(v.day_over);
        CHECK_FALSE(v.next_day_first.has_value());
    }
}

TEST_CASE("programme: an untrusted clock on an event day shows that whole day") {
    Content c = one_room_day();
    add_session(c, "day2", "2023-10-10 10:00", "2023-10-10 11:00", "Main Hall");
    const ProgrammeView v = programme_view(c, {london("2023-10-10 23:00"), false, {}, {}});
    CHECK(v.day_label == "Tuesday 10 October");
    REQUIRE(v.entries.size() == 1);
    CHECK(id_of(v.entries[0]) == "day2");
    CHECK(v.entries[0].state == SessionState::Later);
}

TEST_CASE("programme: with no sessions at all the day is simply over") {
    const Content c = test::london_event();
    const ProgrammeView v = at(c, "2023-10-09 12:00");
    CHECK(v.entries.empty());
    CHECK(v.day_over);
    CHECK(v.day_label == "Monday 9 October");
    CHECK(programme_view(c, {london("2023-10-09 12:00"), false, {}, {}}).entries.empty());
}
