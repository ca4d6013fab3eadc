// Each error the loader reports, triggered by a small file, with its position and wording.
#include <doctest/doctest.h>

#include <string>

#include "tests/content/content_test_support.h"

using namespace kiosk;
using kiosk::test::has_diagnostic;
using kiosk::test::kEventHead;
using kiosk::test::listing;
using kiosk::test::load_yaml;
using kiosk::test::with_head;

TEST_CASE("errors: a YAML syntax error names its line and column, and nothing is loaded") {
    const auto r = load_yaml("event:\n  title: \"Unclosed\n  time_zone: Europe/London\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("invalid YAML") == 0);
    CHECK(r.diagnostics[0].pos.line >= 2);
}

TEST_CASE("errors: a quote left open in the middle of a file is blamed, not the line where parsing fails") {
    const auto r = load_yaml(with_head("programme:\n  - title: \"Panel\n    start: \"2023-10-09 17:30\"\n"
                                       "    end: \"2023-10-09 18:30\"\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(has_diagnostic(r, Severity::Error, 5, 12, "this quoted text runs on to line 6, and the file cannot be read "
                                                    "after it (line 6, column 13)"));
}

TEST_CASE("errors: a quoted text may still run over several lines when it is closed") {
    const auto r = load_yaml(with_head("  subtitle: \"An evening\n    of talks\"\n  venue: 'Tate\n    Liverpool'\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.content->event.subtitle == "An evening of talks");
    CHECK(r.content->event.venue == "Tate Liverpool");
    // A mistake just after such a text is still reported where it is.
    const auto r2 = load_yaml(with_head("  subtitle: \"An evening\n    of talks\"\n  venue: Note: this\n"));
    INFO(listing(r2));
    CHECK(has_diagnostic(r2, Severity::Error, 6, 14, "put the whole text in quotes"));
}

TEST_CASE("errors: a block text at the very end keeps its last line break, and a final comment is harmless") {
    const auto r = load_yaml(with_head("announcements:\n  - title: Wi-Fi\n    body: |\n      Ask a steward.\n"));
    INFO(listing(r));
    REQUIRE(r.content);
    CHECK(r.content->announcements.at(0).body == "Ask a steward.\n");
    CHECK(load_yaml(with_head("# the end\n")).content);
    CHECK(load_yaml(with_head("  venue: Hall # the end")).content);
}

TEST_CASE("errors: a misplaced colon gets plain words instead of the parser's") {
    const auto r = load_yaml(with_head("announcements:\n  - title: Note: this\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 5, 16, "put the whole text in quotes"));
}

TEST_CASE("errors: a map where text is expected names both") {
    const auto r = load_yaml("event:\n  title: {name: x}\n  time_zone: Europe/London\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 2, 10, "'title' should be the event's name as text, but it is a map"));
}

TEST_CASE("errors: a slide duration that is not a whole number") {
    const auto r = load_yaml(with_head("display:\n  slides:\n    - kind: posts\n      duration: 12.5\n"));
    INFO(listing(r));
    CHECK(has_diagnostic(r, Severity::Error, 7, 17, "'duration' should be a whole number of seconds from 3 to 600"));
    const auto r2 = load_yaml(with_head("display:\n  slides:\n    - kind: posts\n      duration: 1000\n"));
    INFO(listing(r2));
    CHECK(has_diagnostic(r2, Severity::Error, 7, 17, "'duration' is 1000; it should be a whole number of seconds"));
}

TEST_CASE("errors: required fields that are missing or empty") {
    const auto r = load_yaml("event:\n  title: Test\nspeakers:\n  - id: a\n    role: Host\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 2, 3, "'time_zone' is missing: the event needs it"));
    CHECK(has_diagnostic(r, Severity::Error, 4, 5, "'name' is missing: every speaker needs it"));
    const auto r2 = load_yaml(with_head("programme:\n  - title:\n    start: \"2023-10-09 17:30\"\n"));
    INFO(listing(r2));
    CHECK(has_diagnostic(r2, Severity::Error, 5, 5, "'title' is empty: every session needs it"));
    CHECK(has_diagnostic(r2, Severity::Error, 5, 5, "'end' is missing"));
}

TEST_CASE("errors: a file without an event") {
    const auto r = load_yaml("speakers: []\n");
    INFO(listing(r));
    CHECK(has_diagnostic(r, Severity::Error, 1, 1, "'event' is missing"));
}

TEST_CASE("errors: impossible dates and times say why") {
    const auto r = load_yaml(with_head("programme:\n  - title: A\n    start: \"2023-02-30 10:00\"\n"
                                       "    end: \"2023-10-09 25:61\"\n"));
    INFO(listing(r));
    CHECK(has_diagnostic(r, Severity::Error, 6, 12, "2023-02-30 is not a real date: February 2023 has 28 days"));
    CHECK(has_diagnostic(r, Severity::Error, 7, 10, "25:61 is not a real time"));
    const auto r2 = load_yaml(with_head("event_dates: x\nprogramme:\n  - title: A\n    start: \"9 Oct 17:30\"\n"
                                        "    end: \"2023-13-01 10:00\"\n"));
    INFO(listing(r2));
    CHECK(has_diagnostic(r2, Severity::Error, 7, 12, "expected the form \"2023-10-09 17:30\""));
    CHECK(has_diagnostic(r2, Severity::Error, 8, 10, "months go from 01 to 12"));
}

TEST_CASE("errors: an end before or equal to its start") {
    const auto r = load_yaml(with_head("programme:\n  - title: A\n    start: \"2023-10-09 23:00\"\n"
                                       "    end: \"2023-10-09 01:00\"\n  - title: B\n    start: \"2023-10-09 10:00\"\n"
                                       "    end: \"2023-10-09 10:00\"\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 7, 5, "is before 'start' (2023-10-09 23:00)"));
    CHECK(has_diagnostic(r, Severity::Error, 7, 5, "write 2023-10-10 01:00"));
    CHECK(has_diagnostic(r, Severity::Error, 10, 5, "'end' (2023-10-09 10:00) is the same as 'start'"));
}

TEST_CASE("errors: duplicate ids in each list point at the second use and the first line") {
    const auto r = load_yaml(with_head(
        "speakers:\n  - {id: a, name: A}\n  - {id: a, name: B}\n"
        "programme:\n  - {id: s, title: S, start: \"2023-10-09 10:00\", end: \"2023-10-09 11:00\", speakers: [a]}\n"
        "  - {id: s, title: T, start: \"2023-10-09 11:00\", end: \"2023-10-09 12:00\"}\n"
        "posts:\n  - {id: p, author: X, text: one}\n  - {id: p, author: X, text: two}\n"
        "announcements:\n  - {id: n, title: One}\n  - {id: n, title: Two}\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 6, 10, "duplicate speaker id 'a': it is already used on line 5"));
    CHECK(has_diagnostic(r, Severity::Error, 9, 10, "duplicate session id 's': it is already used on line 8"));
    CHECK(has_diagnostic(r, Severity::Error, 12, 10, "duplicate post id 'p': it is already used on line 11"));
    CHECK(has_diagnostic(r, Severity::Error, 15, 10, "duplicate announcement id 'n': it is already used on line 14"));
}

TEST_CASE("errors: an id with capitals or spaces suggests a slug") {
    const auto r = load_yaml(with_head("speakers:\n  - id: Matt Rodda\n    name: Matt Rodda\n"));
    INFO(listing(r));
    CHECK(has_diagnostic(r, Severity::Error, 5, 9, "like \"matt-rodda\""));
}

TEST_CASE("errors: a session naming an undefined speaker, with a suggestion") {
    const auto r = load_yaml(with_head("speakers:\n  - id: jeni-tennison\n    name: Jeni\n"
                                       "programme:\n  - title: Talk\n    start: \"2023-10-09 10:00\"\n"
                                       "    end: \"2023-10-09 11:00\"\n    speakers: [jeni-tenison]\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 11, 16,
                         "speaker 'jeni-tenison' is not defined under 'speakers'; add the speaker there or correct "
                         "the id; did you mean 'jeni-tennison'?"));
}

TEST_CASE("errors: an unknown time zone, with the nearest known name") {
    const auto r = load_yaml("event:\n  title: T\n  time_zone: Europe/Londn\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 3, 14, "unknown time zone 'Europe/Londn'"));
    CHECK(has_diagnostic(r, Severity::Error, 3, 14, "did you mean 'Europe/London'?"));
}

TEST_CASE("errors: invalid UTF-8 is reported at its first bad byte") {
    const auto r = load_yaml("event:\n  title: Caf\xC3\xA9 \xFF\n  time_zone: Europe/London\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    REQUIRE(r.diagnostics.size() == 1);
    // "  title: Café " is 14 characters (é is one), so the bad byte is column 15.
    CHECK(has_diagnostic(r, Severity::Error, 2, 15, "invalid UTF-8: byte 0xFF"));
    const auto truncated = load_yaml(with_head("announcements:\n  - title: \xE2\x82\n"));
    CHECK(has_diagnostic(truncated, Severity::Error, 5, 12, "invalid UTF-8: byte 0xE2"));
}

TEST_CASE("errors: control characters and UTF-16 are refused with a reason") {
    const auto nul = load_yaml(std::string("event:\n  title: a\0b\n", 20));
    CHECK(has_diagnostic(nul, Severity::Error, 2, 11, "a NUL byte"));
    const auto utf16 = load_yaml("\xFF\xFE" "e\0v\0");
    CHECK(has_diagnostic(utf16, Severity::Error, 1, 1, "UTF-16"));
}

TEST_CASE("errors: a local time skipped by the spring clock change") {
    const auto r = load_yaml(with_head("programme:\n  - title: A\n    start: \"2024-03-31 01:30\"\n"
                                       "    end: \"2024-03-31 03:00\"\n"));
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 6, 12,
                         "2024-03-31 01:30 does not exist in Europe/London: the clocks go forward from 01:00 to 02:00"));
}

TEST_CASE("errors: colours that are not #RRGGBB, and the comment trap") {
    const auto r = load_yaml("event:\n  title: T\n  time_zone: Europe/London\n  theme:\n    accent: red\n"
                             "    text: #FFFFFF\n    muted: \"#12345G\"\n");
    INFO(listing(r));
    CHECK_FALSE(r.content);
    CHECK(has_diagnostic(r, Severity::Error, 5, 13, "'accent' should be a colour written \"#RRGGBB\""));
    CHECK(has_diagnostic(r, Severity::Error, 6, 5, "in YAML a # starts a comment"));
    CHECK(has_diagnostic(r, Severity::Error, 7, 12, "but it is \"#12345G\""));
}

TEST_CASE("errors: version other than 1, a bad link, an unknown slide kind and a repeated key") {
    const auto r = load_yaml(std::string("version: 2\n") + std::string(kEventHead) +
                             "posts:\n  - author: A\n    text: T\n    link: www.example.org\n"
                             "display:\n  slides:\n    - kind: post\n  room: A\n  room: B\n");
    INFO(listing(r));
    CHECK(has_diagnostic(r, Severity::Error, 1, 10, "'version' is 2; it should be 1"));
    CHECK(has_diagnostic(r, Severity::Error, 8, 11, "'link' should be a web address"));
    CHECK(has_diagnostic(r, Severity::Error, 11, 13, "did you mean 'posts'?"));
    CHECK(has_diagnostic(r, Severity::Error, 13, 3, "'room' is given twice; the first is on line 12"));
}

TEST_CASE("errors: the top level must be a map, and an empty file says so") {
    const auto list = load_yaml("- a\n- b\n");
    CHECK(has_diagnostic(list, Severity::Error, 1, 1, "the file should be a map"));
    const auto empty = load_yaml("");
    CHECK(has_diagnostic(empty, Severity::Error, 1, 1, "the file is empty"));
    const auto comments = load_yaml("# nothing yet\n\n");
    CHECK(has_diagnostic(comments, Severity::Error, 1, 1, "the file is empty"));
}

TEST_CASE("errors: a file with any error gives no model even when the rest is fine") {
    const auto r = load_yaml(with_head("speakers:\n  - id: a\n    name: A\n  - id: b\n"));
    CHECK_FALSE(r.content);
    CHECK(count(r.diagnostics, Severity::Error) == 1);
}

TEST_CASE("errors: a foyer's rooms are each named once, not empty, and not together with 'room'") {
    const std::string programme =
        "programme:\n"
        "  - title: A talk\n    start: \"2023-10-09 10:00\"\n    end: \"2023-10-09 11:00\"\n    room: Hall A\n"
        "  - title: B talk\n    start: \"2023-10-09 10:00\"\n    end: \"2023-10-09 11:00\"\n    room: Hall B\n";
    // Lines 4-12 are the programme; the display starts on line 13.
    const auto twice = load_yaml(with_head(programme + "display:\n  rooms: [Hall A, \"\", Hall A, Hall C]\n"));
    INFO(listing(twice));
    CHECK(has_diagnostic(twice, Severity::Error, 14, 19, "an item of 'rooms' is empty"));
    CHECK(has_diagnostic(twice, Severity::Error, 14, 23, "room 'Hall A' is named twice in 'rooms'"));
    CHECK(has_diagnostic(twice, Severity::Warning, 14, 31, "no session is in room 'Hall C'"));
    const auto both = load_yaml(with_head(programme + "display:\n  room: Hall A\n  rooms:\n    - Hall A\n    - Hall B\n"));
    INFO(listing(both));
    CHECK(has_diagnostic(both, Severity::Error, 15, 3, "'display' has both 'room' and 'rooms'"));
    const auto good = load_yaml(with_head(programme + "display:\n  rooms:\n    - Hall B\n    - Hall A\n"));
    INFO(listing(good));
    REQUIRE(good.content.has_value());
    CHECK(good.content->display.rooms == std::vector<std::string>{"Hall B", "Hall A"});
    CHECK(good.content->rooms == std::vector<std::string>{"Hall A", "Hall B"});
    const auto one = load_yaml(with_head(programme + "display:\n  rooms: [Hall B]\n"));
    REQUIRE(one.content.has_value());
    CHECK(one.content->display.room == std::optional<std::string>("Hall B"));
    CHECK(one.content->display.rooms.empty());
}
