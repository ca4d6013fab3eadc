// Fixtures written for what the real exports lack: an XML schedule with no <date>, a declared zone
// that disagrees with the offsets, RTL names, a boost, a Mastodon 4 status with card and blurhash,
// JSON Feed, RSS and Atom items.
#include <date/tz.h>
#include <doctest/doctest.h>

#include "import_test_support.h"
#include "kiosk/import/pretalx_speakers.h"
#include "kiosk/import/source_format.h"
#include "tests/support/test_paths.h"

namespace kiosk::test {
namespace {

import::ImportOptions options_for(const std::string& name, const std::string& base = {}) {
    import::ImportOptions o;
    o.source_name = name;
    o.base = base;
    return o;
}

}  // namespace

TEST_CASE("import: a FOSDEM-style schedule.xml without <date> builds instants from day, start and day_change") {
    auto options = options_for("fosdem.xml");
    options.zone = date::locate_zone("Europe/Brussels");
    const auto p = import::import_programme(read_file(fixture("import/fosdem-style-no-date.xml")), options);
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.sessions.size() == 2);
    CHECK(p.title == "Open Tools Devroom & Friends");
    CHECK(p.time_zone_name == "Europe/Brussels");
    const auto* welcome = session_titled(p, "Welcome to the devroom");
    REQUIRE(welcome != nullptr);
    CHECK(welcome->start == local_instant("2024-02-03 10:30", "Europe/Brussels"));
    CHECK(welcome->description == "Opening words, housekeeping and the day's plan.");
    // 01:15 is before the 09:00 day change: the next calendar day.
    const auto* late = session_titled(p, "Late-night hacking session");
    REQUIRE(late != nullptr);
    CHECK(late->start == local_instant("2024-02-04 01:15", "Europe/Brussels"));
    CHECK(late->end - late->start == std::chrono::hours(1));
    CHECK(late->description == "Bring a laptop. Markdown in an abstract, and a link.");
    REQUIRE(late->speaker_ids.size() == 2);
    CHECK(p.speakers.size() == 2);
    CHECK(p.speakers[1].name == "يوسف الحربي");
}

TEST_CASE("import: an XML schedule with no <date> and no zone anywhere is an error that says what to do") {
    const auto p = import::import_programme(read_file(fixture("import/fosdem-style-no-date.xml")), options_for("f.xml"));
    CHECK_FALSE(p.ok());
    CHECK(all_messages(p.diagnostics).find("give time_zone in the organiser's file") != std::string::npos);
}

TEST_CASE("import: offsets win over a declared zone that disagrees, with a warning") {
    const auto p = import::import_programme(read_file(fixture("import/zone-disagrees.json")),
                                            options_for("zone.json", "https://cfp.example/event/schedule.json"));
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.sessions.size() == 1);
    const auto& s = p.sessions[0];
    CHECK(s.start == local_instant("2023-10-09 16:30", "Etc/UTC"));
    CHECK(s.end - s.start == std::chrono::minutes(75));
    CHECK(s.title == "Keynote & questions");
    CHECK(p.time_zone_name == "Etc/GMT-1");
    CHECK(all_messages(p.diagnostics).find("time_zone_name says Europe/Berlin (+02:00") != std::string::npos);
    CHECK(p.rooms == std::vector<std::string>{"Main Hall", "Workshop"});
    REQUIRE(p.speakers.size() == 1);
    CHECK(p.speakers[0].id == "p-abc123");
    CHECK(p.speakers[0].name == "Dana Cohen");
    CHECK(p.speakers[0].bio == "Works on maps & transit.");
    CHECK(p.speakers[0].photo == "https://cfp.example/media/avatars/dana.jpg");
}

TEST_CASE("import: a pretalx speakers page fills in bios and avatars, old and new field names alike") {
    const std::string page = R"({"count": 2, "next": "https://cfp.example/api/events/x/speakers/?page=2",
        "results": [{"code": "ABC123", "name": {"en": "Dana Cohen", "de": "Dana Cohen"},
                     "biography": "Maps.\r\n\r\nTrains.", "avatar_url": "https://cfp.example/a.jpg"},
                    {"code": "XYZ789", "name": "Lee", "biography": null, "avatar": "/old/avatar.png"}]})";
    const auto speakers = import::import_pretalx_speakers(page, options_for("speakers", "https://cfp.example/api/"));
    REQUIRE(speakers.ok());
    CHECK(speakers.next == "https://cfp.example/api/events/x/speakers/?page=2");
    REQUIRE(speakers.speakers.size() == 2);
    CHECK(speakers.speakers[0].bio == "Maps.\n\nTrains.");
    CHECK(speakers.speakers[1].photo == "https://cfp.example/old/avatar.png");
    auto p = import::import_programme(read_file(fixture("import/zone-disagrees.json")), options_for("z"));
    import::merge_speakers(p, speakers);
    CHECK(p.speakers.size() == 2);
    CHECK(p.speakers[0].bio == "Maps.\n\nTrains.");
    CHECK(p.speakers[0].photo == "https://cfp.example/a.jpg");
}

TEST_CASE("import: a Mastodon 4 boost shows the original with boosted by, RTL name and alt text") {
    const auto p = import::import_posts(read_file(fixture("import/mastodon-4-statuses.json")), options_for("m.json"));
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 2);
    const auto& boost = p.posts[0];
    CHECK(boost.source_id == "111222333444555666");
    CHECK(boost.original_id == "111222333000000001");
    CHECK(boost.post.author == "מרים לוי");
    CHECK(boost.post.handle == "@miriam@other.example · boosted by booster");
    CHECK(boost.post.text == "Packed room for the panel #venuetest\n\nSlides: example.org/slides/very/lo…\nQ&A at 18:00 <3");
    CHECK(boost.post.image == "https://other.example/m/room.jpg");
    CHECK(boost.post.image_alt == "A full lecture hall seen from the back");
    CHECK(boost.post.time == local_instant("2023-10-09 16:35", "Etc/UTC") + std::chrono::seconds(12));
    const auto& reply = p.posts[1];
    CHECK(reply.reply);
    CHECK(reply.sensitive);
    CHECK(reply.content_warning == "spoilers for the last talk");
    CHECK(reply.image_without_alt);
}

TEST_CASE("import: JSON Feed items, and an item with no date has an unknown time") {
    const auto p = import::import_posts(read_file(fixture("import/feed.json")),
                                        options_for("feed.json", "https://festival.example/feed.json"));
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 2);
    CHECK(p.posts[0].post.text == "Doors open\n\nDoors open at 09:00.\n\n• Badges at desk A\n• Coffee in the foyer");
    CHECK(p.posts[0].post.author == "Festival team");
    CHECK(p.posts[0].post.avatar == "https://festival.example/img/team.png");
    CHECK(p.posts[0].post.link == "https://festival.example/blog/doors-open");
    CHECK(p.posts[0].post.time == local_instant("2023-10-09 07:00", "Etc/UTC"));
    CHECK(p.posts[1].source_id == "3");
    CHECK(p.posts[1].post.author == "Kim");
    CHECK_FALSE(p.posts[1].post.time.has_value());
}

TEST_CASE("import: RSS items with escaped HTML, and an undated item") {
    const auto p = import::import_posts(read_file(fixture("import/feed-rss.xml")), options_for("rss.xml"));
    INFO(all_messages(p.diagnostics));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 2);
    CHECK(p.posts[0].post.text == "Room change\n\nThe workshop moves to Room 2 & starts at 16:00.");
    CHECK(p.posts[0].post.author == "Front desk");
    CHECK(p.posts[0].post.time == local_instant("2023-10-09 14:05", "Etc/UTC"));
    CHECK(p.posts[1].post.text == "Undated note\n\nNo pubDate here.");
    CHECK(p.posts[1].post.author == "Venue news");
    CHECK_FALSE(p.posts[1].post.time.has_value());
}

TEST_CASE("import: Atom entries") {
    const auto bytes = read_file(fixture("import/feed-atom.xml"));
    CHECK(import::detect_format(bytes).format == import::SourceFormat::Atom);
    const auto p = import::import_posts(bytes, options_for("atom.xml"));
    REQUIRE(p.ok());
    REQUIRE(p.posts.size() == 1);
    CHECK(p.posts[0].post.text == "Panel & Q&A moved\n\nNow at 18:00 in the main hall.");
    CHECK(p.posts[0].post.author == "Programme team");
    CHECK(p.posts[0].post.link == "https://venue.example/updates/1");
    CHECK(p.posts[0].post.time == local_instant("2023-10-09 11:30", "Etc/UTC"));
}

TEST_CASE("import: a programme source given as posts, and the reverse, are clear errors") {
    const auto posts = import::import_posts(read_file(fixture("import/zone-disagrees.json")), options_for("z"));
    CHECK(all_messages(posts.diagnostics).find("is a programme, not posts") != std::string::npos);
    const auto programme = import::import_programme(read_file(fixture("import/feed.json")), options_for("f"));
    CHECK(all_messages(programme.diagnostics).find("holds posts, not a programme") != std::string::npos);
}

}  // namespace kiosk::test
