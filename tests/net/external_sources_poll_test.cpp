// A content file whose programme is a schedule export, polled from nginx: the export and its
// speakers' avatars are cached with the file, a change of the export alone reaches the screen
// within a poll, a broken export keeps the last good programme, and the cache works offline.
#include <doctest/doctest.h>

#include <optional>

#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/content_poller.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/poller_support.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

struct Site {
    std::string root = kiosk::test::make_temp_dir("www");
    std::string cache = kiosk::test::make_temp_dir("cache");

    // event/event.yaml naming ../schedule.json, which names an avatar by an absolute path.
    void publish(const std::string& session) const {
        kiosk::test::write_text(root + "/event/event.yaml",
                                kiosk::test::content_yaml_with_programme("Fringe night", "../schedule.json"), 100);
        kiosk::test::write_text(root + "/schedule.json", kiosk::test::schedule_json(session, "/avatars/dana.png"), 100);
        kiosk::test::write_text(root + "/avatars/dana.png", "PNG", 100);
    }
};

std::string session_title(const kiosk::Content& c) { return c.programme.empty() ? "" : c.programme.front().title; }

}  // namespace

TEST_CASE("programme source: the export is fetched and cached with the file, and an avatar it names too") {
    Site site;
    site.publish("Data and democracy");
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event/event.yaml"), site.cache));
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "Fringe night");
    CHECK(session_title(update->content) == "Data and democracy");
    REQUIRE(update->content.speakers.size() == 1);
    const std::string avatar = update->content.speakers[0].photo;
    CHECK(avatar.rfind(site.cache + "/assets/", 0) == 0);
    CHECK(update->missing_media == 0);
    // Unchanged polls re-validate both the file and the export, with a 304 each.
    REQUIRE(kiosk::test::wait_until([&] { return poller->status().not_modified >= 3; }, 10s));
    CHECK_FALSE(poller->take_update());
    CHECK(nginx.count("/schedule.json", 200) == 1);
    CHECK(nginx.count("/schedule.json", 304) >= 3);
    CHECK(nginx.count("/avatars/dana.png", 200) == 1);
}

TEST_CASE("programme source: an edited export alone is applied by the next poll") {
    Site site;
    site.publish("Before");
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event/event.yaml"), site.cache));
    REQUIRE(kiosk::test::next_update(*poller, 10s));
    kiosk::test::write_text(site.root + "/schedule.json", kiosk::test::schedule_json("After", "/avatars/dana.png"));
    const auto polls_before = poller->status().polls;
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(session_title(update->content) == "After");
    CHECK(poller->status().polls <= polls_before + 2);
    CHECK(nginx.count("/event/event.yaml", 200) == 1);  // the file itself was never downloaded again
    CHECK(session_title(kiosk::load_initial(site.cache, kiosk::snapshot_document_loader())->content) == "After");
}

TEST_CASE("programme source: a broken export is rejected, the last good programme stays, and a fix is applied") {
    Site site;
    site.publish("Good");
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event/event.yaml"), site.cache));
    REQUIRE(kiosk::test::next_update(*poller, 10s));
    kiosk::test::write_text(site.root + "/schedule.json", "<html><body>502 Bad Gateway</body></html>");
    REQUIRE(kiosk::test::wait_until([&] { return poller->status().last_error.find("schedule.json") != std::string::npos; },
                                    10s));
    CHECK_FALSE(poller->take_update());
    // The bad export is reported once, not parsed again on every poll.
    const auto downloads = nginx.count("/schedule.json", 200);
    REQUIRE(kiosk::test::wait_until([&] { return nginx.count("/schedule.json", 304) >= 2; }, 10s));
    CHECK(nginx.count("/schedule.json", 200) == downloads);
    CHECK(session_title(kiosk::load_initial(site.cache, kiosk::snapshot_document_loader())->content) == "Good");
    kiosk::test::write_text(site.root + "/schedule.json", kiosk::test::schedule_json("Fixed", "/avatars/dana.png"));
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(session_title(update->content) == "Fixed");
}

TEST_CASE("programme source: with the server gone, the cache still gives the programme and its avatar") {
    Site site;
    site.publish("Offline ready");
    {
        const kiosk::test::NginxServer nginx(site.root);
        auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event/event.yaml"), site.cache));
        REQUIRE(kiosk::test::next_update(*poller, 10s));
    }
    const auto cached = kiosk::load_initial(site.cache, kiosk::snapshot_document_loader());
    REQUIRE(cached);
    CHECK(session_title(cached->content) == "Offline ready");
    REQUIRE(cached->content.speakers.size() == 1);
    CHECK(cached->content.speakers[0].photo.rfind(site.cache + "/assets/", 0) == 0);
    CHECK(cached->placeholders == 0);
}

TEST_CASE("posts source: a timeline named by the file is polled with it, and a new status shows within a poll") {
    Site site;
    const auto timeline = kiosk::read_file_limited(kiosk::test::fixture("import/mastodon-4-statuses.json"), 1 << 20).value();
    kiosk::test::write_text(site.root + "/event.yaml",
                            kiosk::test::content_yaml("Fringe night") + "posts:\n  source: timeline.json\n"
                                                                        "moderation:\n  hide_replies: false\n"
                                                                        "  hide_sensitive: false\n", 100);
    kiosk::test::write_text(site.root + "/timeline.json", timeline, 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache));
    const auto first = kiosk::test::next_update(*poller, 10s);
    REQUIRE(first);
    // The file's own rules let the reply with a content warning through.
    CHECK(first->content.posts.size() == 2);
    // The timeline alone changes: an empty one empties the posts, without the file being fetched again.
    kiosk::test::write_text(site.root + "/timeline.json", "[]");
    const auto second = kiosk::test::next_update(*poller, 10s);
    REQUIRE(second);
    CHECK(second->content.posts.empty());
    CHECK(nginx.count("/event.yaml", 200) == 1);
}
