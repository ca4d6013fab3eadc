// ContentFeed, the frame loop's side of the pollers: a reload that replaces a poller whose poll is
// in flight, and the two pollers (content and posts) sharing one cache. Real servers on 127.0.0.1.
// Run under ThreadSanitizer (label `threads`), a race on the hand-off fails the suite.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "kiosk/cache/durable_file.h"
#include "kiosk/net/curl_library.h"
#include "kiosk/screen/content_feed.h"
#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

// Calls take_updates() as the frame loop does, every few milliseconds, until `done` or `timeout`.
template <typename Done>
bool run_frames(kiosk::ContentFeed& feed, Done done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        feed.take_updates();
        (void)feed.status();
        if (done()) return true;
        std::this_thread::sleep_for(5ms);
    }
    return done();
}

std::string title(const kiosk::ContentFeed& feed) {
    const auto content = feed.content();
    return content ? content->event.title : std::string();
}

}  // namespace

TEST_CASE("content feed: a reload while a poll hangs replaces the poller at once, and the new source's content shows") {
    const auto curl = kiosk::CurlLibrary::create();
    REQUIRE(curl);
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Moved here"), 100);
    const kiosk::test::NginxServer nginx(root);
    kiosk::test::FaultServer hanging;
    hanging.set_mode("hang");

    kiosk::FeedOptions options;
    options.content = hanging.url("/content.yaml");
    options.cache_dir = kiosk::test::make_temp_dir("cache");
    options.poll_interval = 1s;
    kiosk::ContentFeed feed(options);
    REQUIRE(feed.start());
    // The first poll is now stuck in its transfer, which would take 15 s to give up on its own.
    REQUIRE(run_frames(feed, [&] { return hanging.content_requests() >= 1; }, 10s));
    CHECK(feed.content() == nullptr);

    options.content = nginx.url("/event.yaml");
    const auto reload_began = std::chrono::steady_clock::now();
    CHECK(feed.reconfigure(options));
    // The old transfer was cancelled, not waited for.
    CHECK(std::chrono::steady_clock::now() - reload_began < 5s);
    CHECK(run_frames(feed, [&] { return title(feed) == "Moved here"; }, 20s));
    CHECK(feed.status().online);
}

TEST_CASE("content feed: content and posts pollers share the cache while the frame loop takes from both") {
    const auto curl = kiosk::CurlLibrary::create();
    REQUIRE(curl);
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Both", {"a.jpg"}), 100);
    kiosk::test::write_text(root + "/a.jpg", "JPEG", 100);
    kiosk::test::write_text(root + "/posts.yaml", kiosk::test::posts_yaml({"first"}, "/avatar.png"), 100);
    kiosk::test::write_text(root + "/avatar.png", "PNG", 100);
    const kiosk::test::NginxServer nginx(root);

    kiosk::FeedOptions options;
    options.content = nginx.url("/event.yaml");
    options.posts = nginx.url("/posts.yaml");
    options.cache_dir = kiosk::test::make_temp_dir("cache");
    options.poll_interval = 1s;
    options.posts_poll_interval = 1s;
    kiosk::ContentFeed feed(options);
    REQUIRE(feed.start());
    const auto posts_say = [&](const std::string& text) {
        const auto content = feed.content();
        return content && !content->posts.empty() && content->posts.front().text == text;
    };
    REQUIRE(run_frames(feed, [&] { return title(feed) == "Both" && posts_say("first"); }, 20s));

    // A new post, and a reload that changes only the posts' interval: the posts poller is
    // replaced, perhaps mid-poll, while the content poller carries on.
    kiosk::test::write_text(root + "/posts.yaml", kiosk::test::posts_yaml({"second"}, "/avatar.png"), 50);
    options.posts_poll_interval = 2s;
    CHECK(feed.reconfigure(options));
    CHECK(run_frames(feed, [&] { return posts_say("second"); }, 20s));
    CHECK(title(feed) == "Both");
    const auto content = feed.content();
    REQUIRE(content);
    const auto photo = kiosk::read_file_limited(content->speakers.at(0).photo, 100);
    REQUIRE(photo);
    CHECK(*photo == "JPEG");
}
