// Tests of the programme view across rooms and clock edges: door screens, parallel sessions,
// midnight and both daylight-saving changes in Europe/London.
#include <doctest/doctest.h>

#include "kiosk/schedule/programme_view.h"
#include "tests/schedule/schedule_fixture.h"

using namespace kiosk;
using kiosk::test::add_session;
using kiosk::test::london;
using kiosk::test::utc;

namespace {

// Two rooms with talks starting together, as on a conference's parallel tracks.
Content two_room_day() {
    Content c = test::london_event();
    add_session(c, "a1", "2023-10-09 10:00", "2023-10-09 11:00", "Main Hall");
    add_session(c, "b1", "2023-10-09 10:00", "2023-10-09 10:45", "Room 2");
    add_session(c, "a2", "2023-10-09 11:15", "2023-10-09 12:00", "Main Hall");
    add_session(c, "b2", "2023-10-09 11:15", "2023-10-09 12:00", "Room 2");
    add_session(c, "a3", "2023-10-09 14:00", "2023-10-09 15:00", "Main Hall");
    return c;
}

ProgrammeView door(const Content& c, std::string_view local) {
    return programme_view(c, ProgrammeQuery{london(local), true, std::string("Main Hall"), {}});
}

std::vector<std::string> ids(const std::vector<ProgrammeEntry>& entries) {
    std::vector<std::string> out;
    for (const ProgrammeEntry& e : entries) out.push_back(e.session ? e.session->id : "<null>");
    return out;
}

}  // namespace

TEST_CASE("programme: a room filter keeps only that room's sessions") {
    const Content c = two_room_day();
    const ProgrammeView v = door(c, "2023-10-09 09:00");
    CHECK(ids(v.entries) == std::vector<std::string>{"a1", "a2", "a3"});
    CHECK_FALSE(v.multi_room);
}

TEST_CASE("programme: a door screen keeps the current talk first for its first 25 minutes") {
    const Content c = two_room_day();
    const ProgrammeView v = door(c, "2023-10-09 10:24");
    CHECK(ids(v.entries) == std::vector<std::string>{"a1", "a2", "a3"});
    CHECK(v.entries[0].state == SessionState::Now);
    CHECK(v.entries[0].relative_label == "Started 24 min ago");
}

TEST_CASE("programme: a door screen puts the next talk first after 25 minutes") {
    const Content c = two_room_day();
    for (const char* t : {"2023-10-09 10:25", "2023-10-09 10:26"}) {
        CAPTURE(t);
        const ProgrammeView v = door(c, t);
        CHECK(ids(v.entries) == std::vector<std::string>{"a2", "a1", "a3"});
        CHECK(v.entries[0].state == SessionState::Next);
        CHECK(v.entries[1].state == SessionState::Now);
        REQUIRE(v.slots.size() == 3);
        CHECK(v.slots[0].entries[0].session->id == "a1");
    }
}

TEST_CASE("programme: a door screen keeps the last talk of the day first to its end") {
    const Content c = two_room_day();
    const ProgrammeView v = door(c, "2023-10-09 14:50");
    CHECK(ids(v.entries) == std::vector<std::string>{"a3"});
    CHECK(v.entries[0].state == SessionState::Now);
}

TEST_CASE("programme: without a room filter the order stays by time after 25 minutes") {
    const Content c = two_room_day();
    const ProgrammeView v = programme_view(c, {london("2023-10-09 10:26"), true, {}, {}});
    CHECK(ids(v.entries) == std::vector<std::string>{"a1", "b1", "a2", "b2", "a3"});
}

TEST_CASE("programme: parallel sessions are grouped by start time on a multi-room day") {
    const Content c = two_room_day();
    const ProgrammeView v = programme_view(c, {london("2023-10-09 10:50"), true, {}, {}});
    CHECK(v.multi_room);
    CHECK(ids(v.entries) == std::vector<std::string>{"a1", "a2", "b2", "a3"});
    REQUIRE(v.slots.size() == 3);
    CHECK(v.slots[0].start_label == "10:00");
    CHECK(ids(v.slots[0].entries) == std::vector<std::string>{"a1"});
    CHECK(v.slots[1].start_label == "11:15");
    CHECK(ids(v.slots[1].entries) == std::vector<std::string>{"a2", "b2"});
    CHECK(v.slots[1].entries[0].state == SessionState::Next);
    CHECK(v.slots[1].entries[1].state == SessionState::Next);
    CHECK(v.slots[2].entries[0].state == SessionState::Later);
}

TEST_CASE("programme: sessions written out of order are shown in time order") {
    Content c = test::london_event();
    add_session(c, "late", "2023-10-09 15:00", "2023-10-09 16:00");
    add_session(c, "early", "2023-10-09 09:00", "2023-10-09 10:00");
    const ProgrammeView v = programme_view(c, {london("2023-10-09 08:00"), true, {}, {}});
    CHECK(ids(v.entries) == std::vector<std::string>{"early", "late"});
    CHECK(v.entries[0].state == SessionState::Next);
}

TEST_CASE("programme: a session that crosses midnight is on now at 00:10") {
    Content c = test::london_event();
    add_session(c, "late-night", "2023-10-09 23:30", "2023-10-10 01:00");
    add_session(c, "breakfast", "2023-10-10 08:00", "2023-10-10 09:00");
    const ProgrammeView v = programme_view(c, {london("2023-10-10 00:10"), true, {}, {}});
    CHECK(v.day_label == "Tuesday 10 October");
    REQUIRE(ids(v.entries) == std::vector<std::string>{"late-night", "breakfast"});
    CHECK(v.entries[0].state == SessionState::Now);
    CHECK(v.entries[0].time_label == "23:30\u201301:00");
    CHECK(v.entries[0].progress == doctest::Approx(40.0 / 90.0));
    CHECK(v.entries[1].state == SessionState::Next);
    CHECK_FALSE(v.day_over);
}

TEST_CASE("programme: a session that crosses midnight belongs to the day it starts") {
    Content c = test::london_event();
    add_session(c, "late-night", "2023-10-09 23:30", "2023-10-10 01:00");
    const ProgrammeView evening = programme_view(c, {london("2023-10-09 22:00"), true, {}, {}});
    CHECK(evening.day_label == "Monday 9 October");
    CHECK(ids(evening.entries) == std::vector<std::string>{"late-night"});
    const ProgrammeView after = programme_view(c, {london("2023-10-10 01:00"), true, {}, {}});
    CHECK(after.entries.empty());
    CHECK(after.day_over);
}

TEST_CASE("programme: spring forward makes 00:30 to 03:30 a two-hour session") {
    // Europe/London goes from 01:00 GMT to 02:00 BST at 2023-03-26 01:00 UTC.
    Content c = test::london_event();
    add_session(c, "night", "2023-03-26 00:30", "2023-03-26 03:30");
    add_session(c, "early", "2023-03-26 03:00", "2023-03-26 04:00", "Room 2");
    const ProgrammeView v = programme_view(c, {utc("2023-03-26 01:15"), true, {}, {}});
    CHECK(v.day_label == "Sunday 26 March");
    REQUIRE(ids(v.entries) == std::vector<std::string>{"night", "early"});
    CHECK(v.entries[0].time_label == "00:30\u201303:30");
    CHECK(v.entries[0].progress == doctest::Approx(45.0 / 120.0));
    CHECK(v.entries[0].relative_label == "Started 45 min ago");
    CHECK(v.entries[1].relative_label == "In 45 min");
    CHECK(local_clock(utc("2023-03-26 01:15"), c) == "02:15");

    const ProgrammeView before = programme_view(c, {utc("2023-03-26 00:55"), true, {}, {}});
    REQUIRE(before.entries.size() == 2);
    CHECK(before.entries[1].relative_label == "In 1 h 5 min");
}

TEST_CASE("programme: fall back makes 00:30 to 02:30 a three-hour session") {
    // Europe/London goes from 02:00 BST back to 01:00 GMT at 2023-10-29 01:00 UTC.
    Content c = test::london_event();
    add_session(c, "night", "2023-10-29 00:30", "2023-10-29 02:30");
    add_session(c, "morning", "2023-10-29 09:00", "2023-10-29 10:00");
    REQUIRE(c.programme[0].end - c.programme[0].start == std::chrono::hours{3});

    const ProgrammeView second_one_thirty = programme_view(c, {utc("2023-10-29 01:30"), true, {}, {}});
    CHECK(local_clock(utc("2023-10-29 01:30"), c) == "01:30");
    CHECK(second_one_thirty.day_label == "Sunday 29 October");
    REQUIRE_FALSE(second_one_thirty.entries.empty());
    CHECK(second_one_thirty.entries[0].state == SessionState::Now);
    CHECK(second_one_thirty.entries[0].progress == doctest::Approx(2.0 / 3.0));
    CHECK(second_one_thirty.entries[0].relative_label == "Started 2 h ago");
    CHECK(second_one_thirty.entries[0].time_label == "00:30\u201302:30");

    const ProgrammeView first_minutes = programme_view(c, {utc("2023-10-28 23:50"), true, {}, {}});
    CHECK(first_minutes.day_label == "Sunday 29 October");
    REQUIRE(first_minutes.entries.size() == 2);
    CHECK(first_minutes.entries[0].relative_label == "Started 20 min ago");
    CHECK(first_minutes.entries[1].relative_label == "In 9 h 10 min");
}

TEST_CASE("programme: the day after fall back starts at local midnight") {
    Content c = test::london_event();
    add_session(c, "monday", "2023-10-30 09:00", "2023-10-30 10:00");
    // 23:30 UTC on Sunday is 23:30 GMT, still Sunday; an hour-shifted clock would say Monday.
    const ProgrammeView v = programme_view(c, {utc("2023-10-29 23:30"), true, {}, {}});
    CHECK(v.before_event);
    CHECK(v.entries[0].relative_label == "Tomorrow 09:00");
}

TEST_CASE("programme: a speaker's upcoming sessions are those not yet finished, in time order") {
    Content c = test::london_event();
    add_session(c, "closing", "2023-10-09 17:00", "2023-10-09 18:00", "", {"ada"});
    add_session(c, "opening", "2023-10-09 09:00", "2023-10-09 10:00", "", {"ada"});
    add_session(c, "workshop", "2023-10-09 11:00", "2023-10-09 12:00", "", {"bob", "ada"});
    add_session(c, "other", "2023-10-09 13:00", "2023-10-09 14:00", "", {"bob"});
    const auto upcoming = upcoming_sessions_of(c, "ada", london("2023-10-09 11:30"));
    REQUIRE(upcoming.size() == 2);
    CHECK(upcoming[0]->id == "workshop");
    CHECK(upcoming[1]->id == "closing");
    CHECK(upcoming_sessions_of(c, "ada", london("2023-10-09 18:00")).empty());
    CHECK(upcoming_sessions_of(c, "nobody", london("2023-10-09 08:00")).empty());
}
