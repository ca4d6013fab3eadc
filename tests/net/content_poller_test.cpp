// ContentPoller against nginx: updates, 304s, media, posts, waking and stopping.
#include <doctest/doctest.h>

#include <filesystem>

#include "kiosk/base/log.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/content_poller.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/poller_support.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

struct Site {
    std::string root = kiosk::test::make_temp_dir("www");
    std::string cache = kiosk::test::make_temp_dir("cache");
};

}  // namespace

TEST_CASE("poller: content from nginx arrives with its media rewritten to cached files") {
    Site site;
    kiosk::test::write_text(site.root + "/event/event.yaml",
                            kiosk::test::content_yaml("Data Day", {"photos/ada.jpg"}, "/logo.png"), 100);
    kiosk::test::write_text(site.root + "/event/photos/ada.jpg", "JPEG", 100);
    kiosk::test::write_text(site.root + "/logo.png", "PNG", 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event/event.yaml"), site.cache));
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "Data Day");
    const std::string photo = update->content.speakers[0].photo;
    CHECK(photo.rfind(site.cache + "/assets/", 0) == 0);
    CHECK(kiosk::read_file_limited(photo, 100).value() == "JPEG");
    CHECK(kiosk::read_file_limited(update->content.event.logo, 100).value() == "PNG");
    CHECK(update->missing_media == 0);
    const auto status = poller->status();
    CHECK(status.online);
    CHECK(status.content_from.has_value());
    CHECK(status.version == update->version);
}

TEST_CASE("poller: an unchanged source costs a 304 per poll and no new update") {
    Site site;
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Steady", {"a.jpg"}), 100);
    kiosk::test::write_text(site.root + "/a.jpg", "JPEG", 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache));
    REQUIRE(kiosk::test::next_update(*poller, 10s));
    REQUIRE(kiosk::test::wait_until([&] { return poller->status().not_modified >= 4; }, 10s));
    CHECK_FALSE(poller->take_update());
    CHECK(poller->status().updates == 1);
    CHECK(nginx.count("/event.yaml", 200) == 1);
    CHECK(nginx.count("/event.yaml", 304) >= 4);
    CHECK(nginx.count("/a.jpg", 200) == 1);
}

TEST_CASE("poller: a restarted poller asks with the cached ETag and gets a 304") {
    Site site;
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Cached"), 100);
    const kiosk::test::NginxServer nginx(site.root);
    const auto options = kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache);
    {
        auto first = kiosk::test::start_poller(options);
        REQUIRE(kiosk::test::next_update(*first, 10s));
    }
    auto second = kiosk::test::start_poller(options);
    REQUIRE(kiosk::test::wait_until([&] { return second->status().polls >= 1; }, 10s));
    CHECK(second->status().not_modified >= 1);
    CHECK_FALSE(second->take_update());
    CHECK(second->status().content_from.has_value());
    CHECK(nginx.count("/event.yaml", 200) == 1);
}

TEST_CASE("poller: an edited file is applied by the next poll") {
    Site site;
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Before"), 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache));
    REQUIRE(kiosk::test::next_update(*poller, 10s));
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("After"));
    const auto changed_at = std::chrono::steady_clock::now();
    const auto polls_before = poller->status().polls;
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "After");
    // At most the poll in flight during the edit, then the next one.
    CHECK(poller->status().polls <= polls_before + 2);
    CHECK(std::chrono::steady_clock::now() - changed_at < 5s);
    CHECK(kiosk::load_initial(site.cache, kiosk::snapshot_document_loader())->content.event.title == "After");
}

TEST_CASE("poller: poll_now wakes the worker at once, however long the interval") {
    Site site;
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Before"), 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto options = kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache);
    options.interval = std::chrono::hours(1);
    auto poller = kiosk::test::start_poller(options);
    REQUIRE(kiosk::test::next_update(*poller, 10s));
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Reloaded"));
    poller->poll_now();
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "Reloaded");
}

TEST_CASE("poller: failed media is a placeholder, fetched on a later poll while the content is unchanged") {
    Site site;
    kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Event", {"late.jpg"}), 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(nginx.url("/event.yaml"), site.cache));
    const auto first = kiosk::test::next_update(*poller, 10s);
    REQUIRE(first);
    CHECK(first->content.speakers[0].photo.empty());
    CHECK(first->missing_media == 1);
    CHECK(poller->status().last_error.find("404") != std::string::npos);
    kiosk::test::write_text(site.root + "/late.jpg", "JPEG");
    const auto second = kiosk::test::next_update(*poller, 10s);
    REQUIRE(second);
    CHECK_FALSE(second->content.speakers[0].photo.empty());
    CHECK(second->missing_media == 0);
    CHECK(nginx.count("/event.yaml", 200) == 1);
    CHECK(poller->status().last_error.empty());
}

TEST_CASE("poller: a posts feed arrives as posts read in the event's zone") {
    Site site;
    kiosk::test::write_text(site.root + "/posts.yaml", kiosk::test::posts_yaml({"Hello", "World"}, "/avatar.png"), 100);
    kiosk::test::write_text(site.root + "/avatar.png", "PNG", 100);
    const kiosk::test::NginxServer nginx(site.root);
    auto options = kiosk::test::quick_poller(nginx.url("/posts.yaml"), site.cache);
    options.sync.kind = kiosk::SnapshotKind::Posts;
    options.sync.time_zone = "Europe/London";
    auto poller = kiosk::test::start_poller(options);
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    REQUIRE(update->content.posts.size() == 2);
    CHECK(update->content.posts[0].text == "Hello");
    // 17:30 in London in October is 16:30 UTC.
    CHECK(update->content.posts[0].time ==
          kiosk::Instant{std::chrono::sys_days{std::chrono::year{2023} / 10 / 9} + std::chrono::hours{16} +
                         std::chrono::minutes{30}});
    CHECK_FALSE(update->content.posts[0].avatar.empty());
    const auto cached = kiosk::load_initial(site.cache, kiosk::snapshot_document_loader(), kiosk::SnapshotKind::Posts);
    REQUIRE(cached);
    CHECK(cached->content.posts.size() == 2);
}

TEST_CASE("poller: stopping during a hanging transfer returns promptly") {
    kiosk::test::FaultServer server;
    server.set_mode("hang");
    auto options = kiosk::test::quick_poller(server.url("/content.yaml"), kiosk::test::make_temp_dir("cache"));
    options.sync.document_limits.total_timeout = std::chrono::minutes(1);
    options.sync.document_limits.low_speed_time = std::chrono::minutes(1);
    auto poller = kiosk::test::start_poller(options);
    REQUIRE(kiosk::test::wait_until([&] { return server.content_requests() >= 1; }, 10s));
    const auto start = std::chrono::steady_clock::now();
    poller.reset();
    CHECK(std::chrono::steady_clock::now() - start < 5s);
}

TEST_CASE("poller: local content is read from a path, and its media from local files") {
    Site site;
    kiosk::test::write_text(site.root + "/my event/event.yaml", kiosk::test::content_yaml("Local", {"p/ada.jpg"}));
    kiosk::test::write_text(site.root + "/my event/p/ada.jpg", "JPEG");
    auto poller = kiosk::test::start_poller(kiosk::test::quick_poller(site.root + "/my event/event.yaml", site.cache));
    const auto update = kiosk::test::next_update(*poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "Local");
    CHECK(kiosk::read_file_limited(update->content.speakers[0].photo, 100).value() == "JPEG");
    REQUIRE(kiosk::test::wait_until([&] { return poller->status().polls >= 3; }, 10s));
    CHECK_FALSE(poller->take_update());
}
