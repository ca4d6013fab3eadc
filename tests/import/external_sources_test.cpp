// An organiser's file whose programme comes from a schedule export: merged sessions and speakers,
// and every way the reference or the export can be wrong, with file:line:column.
#include <doctest/doctest.h>

#include "import_test_support.h"
#include "kiosk/import/source_merge.h"
#include "tests/cache/content_text.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

// A reader serving `bytes` for `url` only, counting what it was asked for.
struct OneSource {
    std::string url;
    std::string bytes;
    std::vector<std::string> asked;

    import::SourceReader reader(){return [this](const std::string& wanted)->Result<std::string>{asked.push_back(wanted);
    if (wanted != url) return unexpected("404 Not Found");
    return bytes;
        };
    }
};

LoadResult load(const std::string& yaml, OneSource& source) {
    return import::load_event_text(yaml, "event.yaml", {"https://example.org/event.yaml", {}}, source.reader());
}

std::optional<Diagnostic> first_with(const Diagnostics& ds, Severity severity) {
    for (const auto& d : ds)
        if (d.severity == severity) return d;
    return std::nullopt;
}

}  // namespace

TEST_CASE("programme source: the export's sessions and speakers join the organiser's event") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Data and democracy", "/avatars/dana.jpg"), {}};
    const auto result = load(content_yaml_with_programme("Fringe night", "schedule.json"), source);
    REQUIRE_MESSAGE(result.content, all_messages(result.diagnostics));
    CHECK(source.asked == std::vector<std::string>{"https://example.org/schedule.json"});
    const Content& c = *result.content;
    CHECK(c.event.title == "Fringe night");  // the organiser's, not the export's "Exported title"
    CHECK(c.event.venue == "Tate Liverpool");
    REQUIRE(c.programme.size() == 1);
    CHECK(c.programme[0].title == "Data and democracy");
    CHECK(c.programme[0].room == "Main Hall");
    CHECK(local_clock_in(c.programme[0].start, "Europe/London") == "17:30");
    CHECK(local_clock_in(c.programme[0].end, "Europe/London") == "18:45");
    REQUIRE(c.speakers.size() == 1);
    CHECK(c.speakers[0].name == "Dana Cohen");
    CHECK(c.speakers[0].bio == "Works on maps.");
    CHECK(c.speakers[0].photo == "https://example.org/avatars/dana.jpg");
    CHECK(c.programme[0].speaker_ids == std::vector<std::string>{c.speakers[0].id});
    CHECK(c.event.dates == std::vector<std::string>{"2023-10-09"});
    CHECK(result.diagnostics.empty());
}

TEST_CASE("programme source: a speaker the organiser defines keeps their fields and takes a missing bio") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Data and democracy", "/avatars/dana.jpg"), {}};
    const auto result = load(content_yaml_with_programme("Fringe night", "schedule.json") +
                                 "speakers:\n  - id: p-abc123\n    name: Dr Dana Cohen\n    role: Chair\n"
                                 "    photo: https://example.org/photos/dana-official.jpg\n",
                             source);
    REQUIRE_MESSAGE(result.content, all_messages(result.diagnostics));
    REQUIRE(result.content->speakers.size() == 1);
    const Speaker& s = result.content->speakers[0];
    CHECK(s.id == "p-abc123");
    CHECK(s.name == "Dr Dana Cohen");
    CHECK(s.role == "Chair");
    CHECK(s.photo == "https://example.org/photos/dana-official.jpg");
    CHECK(s.bio == "Works on maps.");
    // A speaker in no session of the file is fine here: the sessions come from the export.
    CHECK(result.diagnostics.empty());
}

TEST_CASE("programme source: a format that is no programme format is an error at its line and column") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Talk"), {}};
    const auto result = load(content_yaml_with_programme("Fringe", "schedule.json", "  format: mastodon\n"), source);
    CHECK_FALSE(result.content);
    const auto e = first_with(result.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.file == "event.yaml");
    CHECK(e->pos.line == 8);
    CHECK(e->pos.column == 11);
    CHECK(e->message.find("not a programme format") != std::string::npos);
}

TEST_CASE("programme source: a named format is used, and a wrong guess is reported against the export") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Talk"), {}};
    const auto json = load(content_yaml_with_programme("Fringe", "schedule.json", "  format: pretalx-json\n"), source);
    CHECK(json.content);
    const auto xml = load(content_yaml_with_programme("Fringe", "schedule.json", "  format: frab-xml\n"), source);
    CHECK_FALSE(xml.content);
    const auto e = first_with(xml.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.file == "https://example.org/schedule.json");
}

TEST_CASE("programme source: an export that cannot be read is an error at 'source', and nothing is shown") {
    OneSource source{"https://example.org/other.json", schedule_json("Talk"), {}};
    const auto result = load(content_yaml_with_programme("Fringe", "schedule.json"), source);
    CHECK_FALSE(result.content);
    const auto e = first_with(result.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.line == 7);
    CHECK(e->pos.column == 11);
    CHECK(e->message == "the programme's source cannot be read: 404 Not Found");
}

TEST_CASE("programme source: a broken export is reported against the export's own name") {
    OneSource source{"https://example.org/schedule.json", "{\"schedule\": {\"conference\": [1, 2", {}};
    const auto result = load(content_yaml_with_programme("Fringe", "schedule.json"), source);
    CHECK_FALSE(result.content);
    const auto e = first_with(result.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.file == "https://example.org/schedule.json");
}

TEST_CASE("programme source: a door screen's room is checked against the export's rooms") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Talk"), {}};
    const auto good = load(content_yaml_with_programme("Fringe", "schedule.json", "display:\n  room: Main Hall\n"), source);
    REQUIRE(good.content);
    CHECK(good.diagnostics.empty());
    const auto typo = load(content_yaml_with_programme("Fringe", "schedule.json", "display:\n  room: Main Hal\n"), source);
    REQUIRE(typo.content);
    const auto w = first_with(typo.diagnostics, Severity::Warning);
    REQUIRE(w);
    CHECK(w->pos.line == 7);
    CHECK(w->message.find("room 'Main Hal'") != std::string::npos);
    CHECK(w->message.find("'Main Hall'") != std::string::npos);
}

TEST_CASE("programme source: a foyer's rooms are checked against the export's rooms, and keep its order") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Talk"), {}};
    const auto typo = load(content_yaml_with_programme("Fringe", "schedule.json",
                                                       "display:\n  rooms: [Main Hall, Side Hal]\n"), source);
    REQUIRE(typo.content);
    const auto w = first_with(typo.diagnostics, Severity::Warning);
    REQUIRE(w);
    CHECK(w->pos.line == 7);
    CHECK(w->message.find("room 'Side Hal', named in 'display.rooms'") != std::string::npos);
    CHECK(typo.content->display.rooms == std::vector<std::string>{"Main Hall", "Side Hal"});
    CHECK(typo.content->rooms == std::vector<std::string>{"Main Hall"});
}

TEST_CASE("programme source: the map takes only 'source' and 'format', and 'source' is required") {
    OneSource source{"https://example.org/schedule.json", schedule_json("Talk"), {}};
    const auto unknown = load(content_yaml_with_programme("Fringe", "schedule.json", "  fromat: frab-xml\n"), source);
    CHECK(unknown.content);  // ignored, as unknown keys are everywhere, but said
    const auto w = first_with(unknown.diagnostics, Severity::Warning);
    REQUIRE(w);
    CHECK(w->pos.line == 8);
    CHECK(w->message.find("did you mean 'format'") != std::string::npos);
    source.asked.clear();
    const auto missing = load("version: 1\nevent:\n  title: F\n  time_zone: Europe/London\nprogramme:\n  format: frab-xml\n",
                              source);
    CHECK_FALSE(missing.content);
    REQUIRE(first_with(missing.diagnostics, Severity::Error));
    CHECK(first_with(missing.diagnostics, Severity::Error)->message.find("'source'") != std::string::npos);
    CHECK(source.asked.empty());
}

TEST_CASE("programme source: content without one never calls the reader") {
    OneSource source{"https://example.org/schedule.json", "", {}};
    const auto result = load(content_yaml("Plain"), source);
    CHECK(result.content);
    CHECK(source.asked.empty());
}

}  // namespace kiosk::test

namespace kiosk::test {

TEST_CASE("moderation section: known in the content file, and a typo in it is an error with its line and column") {
    OneSource none{"", "", {}};
    const std::string base = content_yaml("Fringe");
    const auto good = import::load_event_text(base + "moderation:\n  block_words: [spoiler]\n", "event.yaml", {},
                                              none.reader());
    REQUIRE_MESSAGE(good.content, all_messages(good.diagnostics));
    CHECK(all_messages(good.diagnostics).find("unknown key") == std::string::npos);
    const auto typo = import::load_event_text(base + "moderation:\n  hide_replys: false\n", "event.yaml", {},
                                              none.reader());
    CHECK_FALSE(typo.content);
    const auto e = first_with(typo.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.file == "event.yaml");
    CHECK(e->pos.line == 14);
    CHECK(e->message.find("unknown moderation key 'hide_replys'") == 0);
}

}  // namespace kiosk::test

namespace kiosk::test {

TEST_CASE("posts source: a Mastodon timeline becomes the posts, moderated by the file's own rules") {
    OneSource timeline{"https://example.org/timeline.json", read_file(fixture("import/mastodon-4-statuses.json")), {}};
    const std::string base = content_yaml("Fringe") + "posts:\n  source: timeline.json\n";
    const auto plain = import::load_event_text(base, "event.yaml", {"https://example.org/event.yaml", {}},
                                               timeline.reader());
    REQUIRE_MESSAGE(plain.content, all_messages(plain.diagnostics));
    REQUIRE(plain.content->posts.size() == 1);  // the reply is held back by default
    CHECK(plain.content->posts[0].handle == "@miriam@other.example · boosted by booster");
    const auto blocked = import::load_event_text(
        base + "moderation:\n  block_accounts: [\"miriam@other.example\"]\n", "event.yaml",
        {"https://example.org/event.yaml", {}}, timeline.reader());
    REQUIRE(blocked.content);
    CHECK(blocked.content->posts.empty());
}

TEST_CASE("posts source: a programme format is refused for posts, at the 'format' line and column") {
    OneSource timeline{"https://example.org/timeline.json", "[]", {}};
    const auto result = import::load_event_text(
        content_yaml("Fringe") + "posts:\n  source: timeline.json\n  format: frab-xml\n", "event.yaml",
        {"https://example.org/event.yaml", {}}, timeline.reader());
    CHECK_FALSE(result.content);
    const auto e = first_with(result.diagnostics, Severity::Error);
    REQUIRE(e);
    CHECK(e->pos.line == 15);
    CHECK(e->message.find("not a posts format") != std::string::npos);
}

}  // namespace kiosk::test
