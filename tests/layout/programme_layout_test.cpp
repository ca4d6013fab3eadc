// The programme slide's behaviour as drawn: the session on now marked with its progress, finished
// sessions gone, the end of the day, the door screen's 25-minute rule, slots of parallel sessions,
// and the fallback when a slide's item has vanished.
#include <doctest/doctest.h>

#include <algorithm>

#include "kiosk/layout/slide_layout.h"
#include "kiosk/layout/theme_contrast.h"
#include "tests/layout/fixed_measurer.h"
#include "tests/layout/layout_checks.h"
#include "tests/schedule/schedule_fixture.h"

namespace kiosk::test {

namespace {

const FixedMeasurer kMeasurer;
const Size kScreen{1920, 1080};

Content one_room_day() {
    Content c = london_event();
    c.event.venue = "Tate Liverpool";
    add_speaker(c, "ada");
    add_session(c, "a", "2023-10-09 09:00", "2023-10-09 10:00", "Hall", {"ada"});
    add_session(c, "b", "2023-10-09 10:00", "2023-10-09 11:00", "Hall");
    add_session(c, "c", "2023-10-09 11:30", "2023-10-09 12:00", "Hall");
    add_session(c, "d", "2023-10-10 09:30", "2023-10-10 10:00", "Hall");
    return c;
}

DisplayList programme_at(const Content& content, const char* at, Size screen = kScreen) {
    const SlideContext context{london(at), true, {}, {}};
    return layout_slide(content, Slide{}, context, screen, kMeasurer);
}

int top_of(const DisplayList& list, const std::string& prefix) {
    const TextItem* t = find_text(list, prefix);
    REQUIRE(t != nullptr);
    return t->box.y;
}

}  // namespace

TEST_CASE("programme: the session on now carries a NOW pill and an accent progress bar") {
    const Content content = one_room_day();
    const DisplayList list = programme_at(content, "2023-10-09 09:30");
    REQUIRE(find_text(list, "NOW") != nullptr);
    CHECK(find_text(list, "Started 30 min ago") != nullptr);
    CHECK(find_text(list, "30 min left") != nullptr);
    CHECK(top_of(list, "NOW") < top_of(list, "Session a"));
    CHECK(top_of(list, "Session a") < top_of(list, "Session b"));
    // The pill, the card's edge and the filled half of the bar are accent fills.
    CHECK(fills_of(list, resolve_palette(content.event.theme).accent) >= 3);
    CHECK(all_text(list).find("Hall \u00B7 Speaker ada") != std::string::npos);
}

TEST_CASE("programme: a later session is labelled with how long until it starts") {
    const DisplayList list = programme_at(one_room_day(), "2023-10-09 09:30");
    CHECK(find_text(list, "In 30 min") != nullptr);
    CHECK(find_text(list, "In 2 h") != nullptr);
}

TEST_CASE("programme: finished sessions drop off") {
    const DisplayList list = programme_at(one_room_day(), "2023-10-09 10:15");
    CHECK(find_text(list, "Session a") == nullptr);
    CHECK(find_text(list, "Session b") != nullptr);
    CHECK(find_text(list, "Session c") != nullptr);
}

TEST_CASE("programme: when the day is over it says so and names the next day's first session") {
    const DisplayList list = programme_at(one_room_day(), "2023-10-09 13:00");
    CHECK(find_text(list, "That's all for today") != nullptr);
    CHECK(all_text(list).find("Next: Tuesday 10 October") != std::string::npos);
    CHECK(find_text(list, "Session d") != nullptr);
    CHECK(find_text(list, "NOW") == nullptr);
}

TEST_CASE("programme: before the event the first day is shown in advance") {
    const DisplayList list = programme_at(one_room_day(), "2023-10-08 12:00");
    CHECK(find_text(list, "Coming up") != nullptr);
    CHECK(find_text(list, "Monday 9 October") != nullptr);
    CHECK(find_text(list, "Session a") != nullptr);
    CHECK(find_text(list, "NOW") == nullptr);
}

TEST_CASE("programme: an untrusted clock shows the day without marks or relative labels") {
    const SlideContext context{london("2023-10-09 09:30"), false, {}, {}};
    const DisplayList list = layout_slide(one_room_day(), Slide{}, context, kScreen, kMeasurer);
    CHECK(find_text(list, "NOW") == nullptr);
    CHECK(find_text(list, "Session a") != nullptr);
    CHECK(all_text(list).find("In ") == std::string::npos);
}

TEST_CASE("programme: parallel sessions are grouped under one start time") {
    Content c = london_event();
    add_session(c, "x1", "2023-10-09 14:00", "2023-10-09 15:00", "Room 1");
    add_session(c, "x2", "2023-10-09 14:00", "2023-10-09 15:00", "Room 2");
    add_session(c, "x3", "2023-10-09 14:00", "2023-10-09 15:00", "Room 3");
    add_session(c, "y1", "2023-10-09 15:30", "2023-10-09 16:00", "Room 1");
    const DisplayList list = programme_at(c, "2023-10-09 13:00");
    const auto texts = text_items(list);
    CHECK(std::count_if(texts.begin(), texts.end(), [](const TextItem* t) { return t->text == "14:00"; }) == 1);
    CHECK(std::count_if(texts.begin(), texts.end(), [](const TextItem* t) { return t->text == "15:30"; }) == 1);
    CHECK(top_of(list, "Session x3") < top_of(list, "Session y1"));
    CHECK(all_text(list).find("Room 2") != std::string::npos);
}

TEST_CASE("programme: several sessions on now share one NOW pill, each with its time left") {
    Content c = london_event();
    add_session(c, "p1", "2023-10-09 14:00", "2023-10-09 15:00", "Room 1");
    add_session(c, "p2", "2023-10-09 14:00", "2023-10-09 14:30", "Room 2");
    add_session(c, "p3", "2023-10-09 13:45", "2023-10-09 14:45", "Room 3");
    add_session(c, "p4", "2023-10-09 14:00", "2023-10-09 15:00", "Room 4");
    add_session(c, "later", "2023-10-09 16:00", "2023-10-09 17:00", "Room 1");
    for (const Size size : {kScreen, Size{800, 480}, Size{1080, 1920}}) {
        CAPTURE(describe(size));
        const DisplayList list = programme_at(c, "2023-10-09 14:10", size);
        const auto texts = text_items(list);
        CHECK(std::count_if(texts.begin(), texts.end(), [](const TextItem* t) { return t->text == "NOW"; }) == 1);
        for (const char* title : {"Session p1", "Session p2", "Session p3", "Session p4"}) {
            INFO(title << " in: " << all_text(list));
            CHECK(find_text(list, title) != nullptr);
        }
        CHECK(find_text(list, "20 min left") != nullptr);
        const std::vector<std::string> problems = layout_problems(list, kMeasurer);
        CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
    }
}

TEST_CASE("programme: sessions that do not fit are summed up instead of cut off") {
    Content c = london_event();
    for (int i = 0; i < 20; ++i) {
        const std::string hour = std::to_string(10 + i / 2) + (i % 2 ? ":30" : ":00");
        const std::string end = std::to_string(10 + i / 2) + (i % 2 ? ":55" : ":25");
        add_session(c, "s" + std::to_string(i), "2023-10-09 " + hour, "2023-10-09 " + end, "Hall");
    }
    const DisplayList list = programme_at(c, "2023-10-09 09:00", Size{1280, 720});
    const TextItem* more = find_text(list, "+ ");
    REQUIRE(more != nullptr);
    CHECK(more->text.find("more sessions later today, until 19:55") != std::string::npos);
    CHECK(layout_problems(list, kMeasurer).empty());
}

TEST_CASE("door screen: the talk on now stays the main item for its first 25 minutes") {
    Content c = one_room_day();
    c.display.room = "Hall";
    const DisplayList early = programme_at(c, "2023-10-09 10:20");
    const TextItem* now_title = find_text(early, "Session b");
    const TextItem* next_title = find_text(early, "Session c");
    REQUIRE(now_title != nullptr);
    REQUIRE(next_title != nullptr);
    CHECK(now_title->font.px > next_title->font.px);
    CHECK(now_title->box.y < next_title->box.y);
    CHECK(find_text(early, "NOW") != nullptr);
    CHECK(find_text(early, "Hall") != nullptr);
}

TEST_CASE("door screen: after 25 minutes the next talk becomes the main item") {
    Content c = one_room_day();
    c.display.room = "Hall";
    const DisplayList late = programme_at(c, "2023-10-09 10:26");
    const TextItem* now_title = find_text(late, "Session b");
    const TextItem* next_title = find_text(late, "Session c");
    REQUIRE(now_title != nullptr);
    REQUIRE(next_title != nullptr);
    CHECK(next_title->font.px > now_title->font.px);
    CHECK(find_text(late, "NEXT") != nullptr);
    CHECK(all_text(late).find("Still on") != std::string::npos);
}

TEST_CASE("door screen: only the room's sessions are shown") {
    Content c = one_room_day();
    add_session(c, "elsewhere", "2023-10-09 10:30", "2023-10-09 11:00", "Foyer");
    c.display.room = "Hall";
    const DisplayList list = programme_at(c, "2023-10-09 10:05");
    CHECK(find_text(list, "Session elsewhere") == nullptr);
}

TEST_CASE("door screen: the end of the room's day says so") {
    Content c = one_room_day();
    c.display.room = "Hall";
    const DisplayList list = programme_at(c, "2023-10-09 12:30");
    CHECK(all_text(list).find("That's all for today in Hall") != std::string::npos);
}

TEST_CASE("slides: a slide whose item has vanished falls back to the programme") {
    Content c = one_room_day();
    add_speaker(c, "gone");
    const SlideContext context{london("2023-10-09 09:30"), true, {}, {}};
    for (const SlideKind kind : {SlideKind::Speakers, SlideKind::Posts, SlideKind::Announcements}) {
        Slide slide;
        slide.kind = kind;
        slide.item_id = "no-such-id";
        slide.name = "whatever";
        const DisplayList list = layout_slide(c, slide, context, kScreen, kMeasurer);
        CHECK(find_text(list, "NOW") != nullptr);
        CHECK(find_text(list, "Session a") != nullptr);
    }
}

TEST_CASE("slides: the status strip shows the event, the clock in the event's zone and the note") {
    const SlideContext context{london("2023-10-09 09:30"), true, "Offline since 09:10", {}};
    const DisplayList list = layout_slide(one_room_day(), Slide{}, context, kScreen, kMeasurer);
    CHECK(find_text(list, "Test event") != nullptr);
    CHECK(find_text(list, "09:30") != nullptr);
    CHECK(find_text(list, "Offline since 09:10") != nullptr);
}

}  // namespace kiosk::test
