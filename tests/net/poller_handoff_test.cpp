// The poller's hand-off under load: a frame loop taking updates and reading the status without
// pause while the worker polls, fetches and commits, and another thread keeps asking for polls.
// Run under ThreadSanitizer (label `threads`), a race on the hand-off fails the suite.
#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/content_poller.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/poller_support.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

constexpr int kEditions = 6;

// Edition `n`: its own photo, then the document naming it, swapped in whole by a rename so nginx
// never serves half a file. Each edition's file is a second older than the last one's was made
// new, so nginx's ETag (size and time) changes even within one second.
void publish(const std::string& root, int n) {
    const std::string photo = "photos/p" + std::to_string(n) + ".jpg";
    kiosk::test::write_text(root + "/" + photo, "JPEG " + std::to_string(n), 100);
    kiosk::test::write_text(root + "/next.yaml", kiosk::test::content_yaml("Edition " + std::to_string(n), {photo}),
                            100 - n);
    std::filesystem::rename(root + "/next.yaml", root + "/event.yaml");
}

// What the frame loop saw: each update's edition, and whether its photo was the cached file.
struct Seen {
    std::vector<int> editions;
    int wrong_photos = 0;
    int torn_statuses = 0;
};

int edition_of(const std::string& title) {
    const std::string prefix = "Edition ";
    return title.rfind(prefix, 0) == 0 ? std::stoi(title.substr(prefix.size())) : -1;
}

}  // namespace

TEST_CASE("poller: while the frame loop takes updates and reads the status, every edition arrives whole and in order") {
    const std::string root = kiosk::test::make_temp_dir("www");
    const std::string cache = kiosk::test::make_temp_dir("cache");
    publish(root, 0);
    const kiosk::test::NginxServer nginx(root);
    auto options = kiosk::test::quick_poller(nginx.url("/event.yaml"), cache);
    options.interval = 20ms;
    auto poller = kiosk::test::start_poller(options);

    std::atomic<int> newest{-1};
    std::atomic<bool> stop{false};
    Seen seen;
    // The frame loop: takes and reads, as SlideShow does every frame, without sleeping.
    std::thread frame_loop([&] {
        while (!stop) {
            if (auto update = poller->take_update()) {
                const int n = edition_of(update->content.event.title);
                seen.editions.push_back(n);
                const auto photo = kiosk::read_file_limited(update->content.speakers.at(0).photo, 100);
                if (!photo || *photo != "JPEG " + std::to_string(n)) ++seen.wrong_photos;
                newest = n;
            }
            // A status is copied whole under the worker's lock: never an update without its version.
            const auto status = poller->status();
            if (status.updates > 0 && status.version.empty()) ++seen.torn_statuses;
            (void)poller->clock_correction();
            (void)poller->server_offset();
        }
    });
    // A reload signal arriving again and again, from a thread of its own.
    std::thread reloads([&] {
        while (!stop) {
            poller->poll_now();
            std::this_thread::sleep_for(2ms);
        }
    });
    for (int n = 1; n <= kEditions; ++n) {
        REQUIRE(kiosk::test::wait_until([&] { return newest == n - 1; }, 20s));
        publish(root, n);
    }
    const bool last_arrived = kiosk::test::wait_until([&] { return newest == kEditions; }, 20s);
    stop = true;
    frame_loop.join();
    reloads.join();
    CHECK(last_arrived);
    CHECK(seen.wrong_photos == 0);
    CHECK(seen.torn_statuses == 0);
    REQUIRE_FALSE(seen.editions.empty());
    // An update not yet taken is replaced by a newer one, so editions may be skipped, never reordered.
    for (std::size_t i = 1; i < seen.editions.size(); ++i) CHECK(seen.editions[i] > seen.editions[i - 1]);
    CHECK(poller->status().updates >= kEditions + 1);
}

TEST_CASE("poller: destroyed while the frame loop is still taking from it in the same moment, it stops cleanly") {
    // Many short lives: each poller is torn down while its first poll, or its wait, is under way.
    const std::string root = kiosk::test::make_temp_dir("www");
    const std::string cache = kiosk::test::make_temp_dir("cache");
    publish(root, 0);
    const kiosk::test::NginxServer nginx(root);
    auto options = kiosk::test::quick_poller(nginx.url("/event.yaml"), cache);
    options.interval = 5ms;
    for (int life = 0; life < 20; ++life) {
        auto poller = kiosk::test::start_poller(options);
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(5 * life);
        while (std::chrono::steady_clock::now() < until) {
            (void)poller->take_update();
            (void)poller->status();
        }
    }
    // Whatever moment each was stopped at, the cache is whole: a last poller reads it and agrees.
    auto last = kiosk::test::start_poller(options);
    REQUIRE(kiosk::test::wait_until([&] { return last->status().polls >= 1; }, 20s));
    CHECK(last->status().last_error.empty());
    const auto cached = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(cached);
    CHECK(cached->content.event.title == "Edition 0");
}
