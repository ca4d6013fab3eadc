// Warnings never block loading; each is triggered here and located.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "tests/content/content_test_support.h"

using namespace kiosk;
using kiosk::test::has_diagnostic;
using kiosk::test::listing;
using kiosk::test::load_yaml;
using kiosk::test::utc;
using kiosk::test::with_head;

TEST_CASE("warnings: an unknown key suggests the near miss") {
    const auto r = load_yaml(with_head("speakrs: []\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(has_diagnostic(r, Severity::Warning, 4, 1, "unknown key 'speakrs' in the top level is ignored; did you mean "
                                                     "'speakers'?"));
}

TEST_CASE("warnings: an unknown key far from any known one lists the keys instead") {
    const auto r = load_yaml("event:\n  title: T\n  time_zone: Europe/London\n  sponsor: ACME\n");
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(has_diagnostic(r, Severity::Warning, 4, 3, "the keys here are: title, subtitle, venue"));
}

TEST_CASE("warnings: sessions overlapping in one room, but not in different rooms") {
    const auto r = load_yaml(with_head(
        "programme:\n"
        "  - {title: A, room: Hall, start: \"2023-10-09 10:00\", end: \"2023-10-09 11:00\"}\n"
        "  - {title: B, room: Hall, start: \"2023-10-09 10:30\", end: \"2023-10-09 11:30\"}\n"
        "  - {title: C, room: Annex, start: \"2023-10-09 10:30\", end: \"2023-10-09 11:30\"}\n"
        "  - {title: D, room: Hall, start: \"2023-10-09 11:30\", end: \"2023-10-09 12:00\"}\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(has_diagnostic(r, Severity::Warning, 6, 5, "session 'B' (10:30-11:30) overlaps 'A' (10:00-11:00) in room "
                                                     "'Hall'"));
}

TEST_CASE("warnings: a local photo that is missing, checked through the options") {
    std::set<std::string> asked;
    LoadOptions options;
    options.base = "/srv/event/event.yaml";
    options.local_file_exists = [&](const std::string& path) {
        asked.insert(path);
        return path == "/srv/event/photos/here.jpg";
    };
    const auto r = load_yaml(with_head("  logo: ../logo.png\nspeakers:\n  - {id: a, name: A, photo: photos/here.jpg}\n"
                                       "  - {id: b, name: B, photo: photos/gone.jpg}\n"
                                       "  - {id: c, name: C, photo: \"https://example.org/c.jpg\"}\n"),
                             options);
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(has_diagnostic(r, Severity::Warning, 7, 29, "'photo' file \"photos/gone.jpg\" was not found (looked for "
                                                      "/srv/event/photos/gone.jpg); an initials avatar"));
    CHECK(has_diagnostic(r, Severity::Warning, 4, 9, "'logo' file \"../logo.png\" was not found"));
    CHECK(r.content->speakers[0].photo == "/srv/event/photos/here.jpg");
    CHECK(r.content->speakers[2].photo == "https://example.org/c.jpg");
    CHECK(asked.count("https://example.org/c.jpg") == 0);
}

TEST_CASE("warnings: a speaker in no session") {
    const auto r = load_yaml(with_head("speakers:\n  - id: host\n    name: Host\n  - id: guest\n    name: Guest\n"
                                       "programme:\n  - {title: A, start: \"2023-10-09 10:00\", "
                                       "end: \"2023-10-09 11:00\", speakers: [host]}\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(has_diagnostic(r, Severity::Warning, 7, 5, "speaker 'guest' is in no session"));
}

TEST_CASE("warnings: a time that happens twice takes the earlier instant") {
    const auto r = load_yaml(with_head("programme:\n  - title: Late\n    start: \"2023-10-29 01:30\"\n"
                                       "    end: \"2023-10-29 03:00\"\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(has_diagnostic(r, Severity::Warning, 6, 12, "2023-10-29 01:30 happens twice in Europe/London because the "
                                                      "clocks go back from 02:00 to 01:00; the earlier one (BST, "
                                                      "UTC+1) is used"));
    CHECK(r.content->programme[0].start == utc("2023-10-29 00:30"));
    CHECK(r.content->programme[0].end == utc("2023-10-29 03:00"));
}

TEST_CASE("warnings: a door-screen room that no session uses") {
    const auto r = load_yaml(with_head("programme:\n  - {title: A, room: Hall, start: \"2023-10-09 10:00\", "
                                       "end: \"2023-10-09 11:00\"}\ndisplay:\n  room: Hal\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(has_diagnostic(r, Severity::Warning, 7, 9, "no session is in room 'Hal'"));
}

TEST_CASE("warnings: a file with only warnings still loads") {
    const auto r = load_yaml(with_head("colour: red\nspeakers:\n  - {id: a, name: A}\n"));
    REQUIRE(r.content);
    CHECK(count(r.diagnostics, Severity::Warning) == 2);
    CHECK_FALSE(has_errors(r.diagnostics));
}
