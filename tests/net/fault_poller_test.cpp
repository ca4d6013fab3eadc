// ContentPoller against the fault server: every fault keeps the last good content, backoff grows
// and resets, remote content cannot reach local files, and the server's clock is noticed.
#include <doctest/doctest.h>

#include "kiosk/base/log.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/content_poller.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/poller_support.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;

namespace {

struct Faulty {
    kiosk::test::FaultServer server;
    std::string cache = kiosk::test::make_temp_dir("cache");
    std::unique_ptr<kiosk::ContentPoller> poller;

    // Serves good content and waits until the poller has shown it.
    explicit Faulty(const std::string& title = "Good") {
        server.set_body(kiosk::test::content_yaml(title));
        poller = kiosk::test::start_poller(kiosk::test::quick_poller(server.url("/content.yaml"), cache));
        REQUIRE(kiosk::test::next_update(*poller, 10s));
    }

    // Switches the server to `mode` and waits until a poll has seen it: offline for transport
    // and HTTP faults, a rejected document for bad content.
    kiosk::ConnectionStatus after_fault(const std::string& mode, bool rejected) {
        server.set_mode(mode);
        poller->poll_now();
        REQUIRE(kiosk::test::wait_until(
            [&] {
                const auto s = poller->status();
                return rejected ? s.content_rejected : !s.online;
            },
            20s));
        return poller->status();
    }
};

}  // namespace

TEST_CASE("faults: transport and HTTP failures keep the last good content and go offline") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    for (const char* mode : {"500", "404", "truncate", "huge", "huge-unsized", "loop", "redirect-file", "hang", "drip"}) {
        CAPTURE(mode);
        const auto status = f.after_fault(mode, false);
        CHECK(status.offline_since.has_value());
        CHECK_FALSE(status.last_error.empty());
        CHECK_FALSE(f.poller->take_update());
        const auto cached = kiosk::load_initial(f.cache, kiosk::snapshot_document_loader());
        REQUIRE(cached);
        CHECK(cached->content.event.title == "Good");
        f.server.set_mode("good");
        REQUIRE(kiosk::test::wait_until([&] { return f.poller->status().online; }, 20s));
    }
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}

TEST_CASE("faults: an HTML error page and garbage YAML are rejected with line and column") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    for (const char* mode : {"html200", "garbage"}) {
        CAPTURE(mode);
        const auto status = f.after_fault(mode, true);
        CHECK(status.online);
        // "source:line:column: error: ..."
        CHECK(status.last_error.find(f.server.url("/content.yaml") + ":") == 0);
        CHECK(status.last_error.find(": error: ") != std::string::npos);
        CHECK_FALSE(f.poller->take_update());
        CHECK(kiosk::load_initial(f.cache, kiosk::snapshot_document_loader())->content.event.title == "Good");
    }
    // The new body goes in first: a poll between the two requests would otherwise get "Good" again.
    f.server.set_body(kiosk::test::content_yaml("Fixed"));
    f.server.set_mode("good");
    const auto update = kiosk::test::next_update(*f.poller, 10s);
    REQUIRE(update);
    CHECK(update->content.event.title == "Fixed");
    CHECK_FALSE(f.poller->status().content_rejected);
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}

TEST_CASE("faults: the wait between failed polls grows, stays under the cap, and resets on success") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    f.server.set_mode("500");
    std::vector<std::chrono::milliseconds> waits;
    REQUIRE(kiosk::test::wait_until(
        [&] {
            const auto s = f.poller->status();
            if (s.consecutive_failures > static_cast<int>(waits.size())) waits.push_back(s.next_poll_in);
            return waits.size() >= 5;
        },
        20s));
    for (std::size_t i = 1; i < waits.size(); ++i) CHECK(waits[i] >= waits[i - 1]);
    CHECK(waits.back() > waits.front());
    CHECK(waits.back() <= 2s);
    f.server.set_mode("good");
    f.poller->poll_now();
    REQUIRE(kiosk::test::wait_until([&] { return f.poller->status().online; }, 10s));
    CHECK(f.poller->status().consecutive_failures == 0);
    CHECK(f.poller->status().next_poll_in == 200ms);
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}

TEST_CASE("faults: a 429's Retry-After is waited for, but never past the backoff's cap") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    // The first failed poll would wait about 100 ms; the server asks for 2 s (the cap here).
    const auto asked = f.after_fault("429", false);
    CHECK(asked.last_error.find("HTTP 429") != std::string::npos);
    CHECK(asked.next_poll_in >= 1500ms);
    CHECK(asked.next_poll_in <= 2s);
    const auto polls = f.poller->status().polls;
    f.server.set_mode("429-far");
    f.poller->poll_now();
    REQUIRE(kiosk::test::wait_until([&] { return f.poller->status().polls > polls; }, 10s));
    CHECK(f.poller->status().next_poll_in >= 1500ms);
    CHECK(f.poller->status().next_poll_in <= 2s);
    f.server.set_mode("good");
    f.poller->poll_now();
    REQUIRE(kiosk::test::wait_until([&] { return f.poller->status().online; }, 10s));
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}

TEST_CASE("faults: remote content cannot make the kiosk read a local file") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    SUBCASE("a file:// photo rejects the document") {
        f.server.set_body(kiosk::test::content_yaml("Sneaky", {"file:///etc/passwd"}));
        REQUIRE(kiosk::test::wait_until([&] { return f.poller->status().content_rejected; }, 10s));
        CHECK(kiosk::load_initial(f.cache, kiosk::snapshot_document_loader())->content.event.title == "Good");
    }
    SUBCASE("a photo that redirects to file:// is a placeholder") {
        f.server.set_body(kiosk::test::content_yaml("Redirected", {f.server.url("/fault/redirect-file")}));
        const auto update = kiosk::test::next_update(*f.poller, 10s);
        REQUIRE(update);
        CHECK(update->content.speakers[0].photo.empty());
        CHECK(f.poller->status().last_error.find("refused") != std::string::npos);
    }
    SUBCASE("an absolute path in remote content is read as a path on the server") {
        f.server.set_body(kiosk::test::content_yaml("Absolute", {"/etc/passwd"}));
        const auto update = kiosk::test::next_update(*f.poller, 10s);
        REQUIRE(update);
        CHECK(update->content.speakers[0].photo.empty());
        CHECK(f.poller->status().last_error.find(f.server.url("/etc/passwd")) != std::string::npos);
    }
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}

TEST_CASE("clock: a server two hours ahead gives a two-hour correction, gone when the clocks agree") {
    kiosk::log::set_min_level(kiosk::log::Level::Error);
    Faulty f;
    CHECK_FALSE(f.poller->clock_correction());
    REQUIRE(f.poller->server_offset());
    f.server.set_date_offset(7200);
    f.poller->poll_now();
    REQUIRE(kiosk::test::wait_until([&] { return f.poller->clock_correction().has_value(); }, 10s));
    const auto correction = *f.poller->clock_correction();
    CHECK(correction > 7100s);
    CHECK(correction < 7300s);
    f.server.set_date_offset(0);
    f.poller->poll_now();
    REQUIRE(kiosk::test::wait_until([&] { return !f.poller->clock_correction().has_value(); }, 10s));
    kiosk::log::set_min_level(kiosk::log::Level::Info);
}
