// The bundled sample, content/event.yaml, loads into the model the screens expect.
#include <doctest/doctest.h>

#include <date/tz.h>

#include "kiosk/content/content_file.h"
#include "kiosk/content/content_loader.h"
#include "tests/content/content_test_support.h"
#include "tests/support/test_paths.h"

using namespace kiosk;
using kiosk::test::utc;

namespace {

const LoadResult& sample() {
    static const LoadResult result = load_content_file(kiosk::test::sample_content());
    return result;
}

}  // namespace

TEST_CASE("sample: the bundled event loads with no errors and no warnings") {
    INFO(kiosk::test::listing(sample()));
    REQUIRE(sample().content.has_value());
    CHECK(sample().diagnostics.empty());
}

TEST_CASE("sample: the event is the Labour conference fringe at Tate Liverpool in London time") {
    REQUIRE(sample().content);
    const Event& e = sample().content->event;
    CHECK(e.title == "What Labour should(n't) do on data and AI policy in the first 100 days");
    CHECK(e.venue == "Tate Liverpool");
    CHECK(e.address == "Royal Albert Dock, Liverpool L3 4BB");
    CHECK(e.time_zone_name == "Europe/London");
    REQUIRE(e.zone != nullptr);
    CHECK(e.zone->name() == "Europe/London");
    CHECK(e.dates == std::vector<std::string>{"2023-10-09"});
    CHECK(e.organisers == std::vector<std::string>{"Connected by Data", "Fabian Society"});
    CHECK(e.theme.accent == Colour{0xE4, 0x00, 0x3B, 255});
}

TEST_CASE("sample: the first session starts at 17:30 BST, which is 16:30 UTC") {
    REQUIRE(sample().content);
    const auto& programme = sample().content->programme;
    REQUIRE(programme.size() == 7);
    CHECK(programme.front().start == utc("2023-10-09 16:30"));
    CHECK(programme.front().title == "Arrival and drinks");
    CHECK(programme.back().end == utc("2023-10-09 18:30"));
    for (std::size_t i = 1; i < programme.size(); ++i) CHECK(programme[i - 1].start <= programme[i].start);
}

TEST_CASE("sample: eight speakers with the roles of the write-up and no photos") {
    REQUIRE(sample().content);
    const Content& c = *sample().content;
    CHECK(c.speakers.size() == 8);
    const Speaker* matt = c.find_speaker("matt-rodda");
    REQUIRE(matt != nullptr);
    CHECK(matt->role == "MP for Reading East and Shadow Minister for AI and Intellectual Property");
    const Speaker* mary = c.find_speaker("mary-towers");
    REQUIRE(mary != nullptr);
    CHECK(mary->role == "AI project lead, TUC");
    for (const auto& s : c.speakers) CHECK(s.photo.empty());
}

TEST_CASE("sample: live posts fit on a slide and fall within the evening") {
    REQUIRE(sample().content);
    const auto& posts = sample().content->posts;
    CHECK(posts.size() >= 8);
    int dated = 0;
    for (const auto& p : posts) {
        CHECK(p.text.size() <= 280);
        if (!p.time) continue;
        ++dated;
        CHECK(*p.time >= utc("2023-10-09 16:30"));
        CHECK(*p.time <= utc("2023-10-09 18:00"));
    }
    CHECK(dated >= 8);
}

TEST_CASE("sample: three announcements and the default slide durations") {
    REQUIRE(sample().content);
    const Content& c = *sample().content;
    CHECK(c.announcements.size() == 3);
    REQUIRE(c.display.slides.size() == 4);
    CHECK(c.display.slides[0].kind == SlideKind::Programme);
    CHECK(c.display.slides[0].duration == std::chrono::seconds{20});
    CHECK(c.display.slides[2].duration == std::chrono::seconds{12});
}
