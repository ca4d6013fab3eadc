// What the loader fills in: defaults, generated ids, sorting, resolved references, instants.
#include <doctest/doctest.h>

#include <string>

#include "tests/content/content_test_support.h"

using namespace kiosk;
using kiosk::test::kEventHead;
using kiosk::test::listing;
using kiosk::test::load_yaml;
using kiosk::test::utc;
using kiosk::test::with_head;

TEST_CASE("model: a minimal file gets the default theme, slides and no dates") {
    const auto r = load_yaml(kEventHead);
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.diagnostics.empty());
    CHECK(r.content->event.theme.background == Theme{}.background);
    CHECK(r.content->event.theme.accent == Colour{0xE4, 0x00, 0x3B, 255});
    REQUIRE(r.content->display.slides.size() == 4);
    CHECK(r.content->display.slides[0].kind == SlideKind::Programme);
    CHECK(r.content->display.slides[0].duration == std::chrono::seconds{20});
    CHECK(r.content->display.slides[1].duration == std::chrono::seconds{10});
    CHECK(r.content->display.slides[2].duration == std::chrono::seconds{12});
    CHECK(r.content->display.slides[3].kind == SlideKind::Announcements);
    CHECK(r.content->display.slides[3].duration == std::chrono::seconds{10});
    CHECK(r.content->display.announcement_every == 3);
    CHECK(r.content->source == "test.yaml");
}

TEST_CASE("model: a slide rule without a duration takes its kind's default") {
    const auto r = load_yaml(with_head("display:\n  slides:\n    - kind: posts\n    - kind: speakers\n      max: 2\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    REQUIRE(r.content->display.slides.size() == 2);
    CHECK(r.content->display.slides[0].duration == std::chrono::seconds{12});
    CHECK(r.content->display.slides[1].max_count == 2);
}

TEST_CASE("model: the programme is sorted by start, then room") {
    const auto r = load_yaml(with_head(
        "programme:\n"
        "  - {title: Late, room: A, start: \"2023-10-09 12:00\", end: \"2023-10-09 13:00\"}\n"
        "  - {title: Early B, room: B, start: \"2023-10-09 10:00\", end: \"2023-10-09 11:00\"}\n"
        "  - {title: Early A, room: A, start: \"2023-10-09 10:00\", end: \"2023-10-09 11:00\"}\n"));
    REQUIRE(r.content);
    const auto& p = r.content->programme;
    REQUIRE(p.size() == 3);
    CHECK(p[0].title == "Early A");
    CHECK(p[1].title == "Early B");
    CHECK(p[2].title == "Late");
    CHECK(r.content->event.dates == std::vector<std::string>{"2023-10-09"});
}

TEST_CASE("model: a session crossing midnight ends on the next day's date") {
    const auto r = load_yaml(with_head("programme:\n  - {title: Night, start: \"2023-12-31 23:00\", "
                                       "end: \"2024-01-01 01:00\"}\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.content->programme[0].start == utc("2023-12-31 23:00"));
    CHECK(r.content->programme[0].end == utc("2024-01-01 01:00"));
}

TEST_CASE("model: missing ids are made from titles and never take a written one") {
    const auto r = load_yaml(with_head(
        "programme:\n"
        "  - {title: \"Coffee & Cake!\", start: \"2023-10-09 10:00\", end: \"2023-10-09 10:30\"}\n"
        "  - {title: \"Coffee & cake\", start: \"2023-10-09 11:00\", end: \"2023-10-09 11:30\"}\n"
        "  - {id: coffee-cake-2, title: Other, start: \"2023-10-09 12:00\", end: \"2023-10-09 12:30\"}\n"
        "posts:\n  - {author: A, text: one}\n  - {author: A, text: two}\n"
        "announcements:\n  - {title: Wi-Fi}\n  - {title: Wi-Fi}\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    const auto& p = r.content->programme;
    CHECK(p[0].id == "coffee-cake");
    CHECK(p[1].id == "coffee-cake-3");
    CHECK(p[2].id == "coffee-cake-2");
    CHECK(r.content->posts[0].id == "post-1");
    CHECK(r.content->posts[1].id == "post-2");
    CHECK(r.content->announcements[0].id == "wi-fi");
    CHECK(r.content->announcements[1].id == "wi-fi-2");
}

TEST_CASE("model: post times in local time, in UTC and with an offset, and no time means unknown") {
    const auto r = load_yaml(with_head("posts:\n  - {author: A, text: a, time: \"2023-10-09 17:31\"}\n"
                                       "  - {author: A, text: b, time: \"2023-10-09T16:32:00Z\"}\n"
                                       "  - {author: A, text: c, time: \"2023-10-09T19:33:00+02:00\"}\n"
                                       "  - {author: A, text: d}\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    const auto& posts = r.content->posts;
    CHECK(posts[0].time == utc("2023-10-09 16:31"));
    CHECK(posts[1].time == utc("2023-10-09 16:32"));
    CHECK(posts[2].time == utc("2023-10-09 17:33"));
    CHECK_FALSE(posts[3].time.has_value());
}

TEST_CASE("model: with a URL source, relative images resolve against the URL and URLs stay as written") {
    LoadOptions options;
    options.base = "https://example.org/events/lpc23/event.yaml";
    const auto r = load_yaml(with_head("  logo: /brand/logo.png\nspeakers:\n  - {id: a, name: A, photo: photos/a.jpg}\n"
                                       "programme:\n  - {title: T, start: \"2023-10-09 10:00\", "
                                       "end: \"2023-10-09 11:00\", speakers: [a]}\n"
                                       "posts:\n  - {author: A, text: t, avatar: ../avatars/x.png, "
                                       "image: \"http://cdn.example.net/i.png\"}\n"),
                             options);
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.content->event.logo == "https://example.org/brand/logo.png");
    CHECK(r.content->speakers[0].photo == "https://example.org/events/lpc23/photos/a.jpg");
    CHECK(r.content->posts[0].avatar == "https://example.org/events/avatars/x.png");
    CHECK(r.content->posts[0].image == "http://cdn.example.net/i.png");
}

TEST_CASE("model: a UTF-8 byte order mark is accepted and positions ignore it") {
    const auto r = load_yaml("\xEF\xBB\xBF" "event:\n  title: T\n  time_zone: Europe/London\n  sponsr: x\n");
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(kiosk::test::has_diagnostic(r, Severity::Warning, 4, 3, "unknown key 'sponsr'"));
}

TEST_CASE("model: a single value may stand for a list of one") {
    const auto r = load_yaml("event:\n  title: T\n  time_zone: Europe/London\n  organisers: Fabian Society\n"
                             "  dates: 2023-10-09\n");
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.content->event.organisers == std::vector<std::string>{"Fabian Society"});
    CHECK(r.content->event.dates == std::vector<std::string>{"2023-10-09"});
}

TEST_CASE("model: columns count characters, not bytes") {
    const auto r = load_yaml("event:\n  title: \"Café\"\n  time_zone: Europe/London\n  théme: x\n");
    CHECK(kiosk::test::has_diagnostic(r, Severity::Warning, 4, 3, "unknown key 'théme'"));
    const auto r2 = load_yaml("event: {title: \"Ünïcödé\", time_zone: Europe/London, x: 1}\n");
    CHECK(kiosk::test::has_diagnostic(r2, Severity::Warning, 1, 53, "unknown key 'x'"));
}
