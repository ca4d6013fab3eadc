// HttpClient against a server that lies about lengths, breaks HTTP and abuses headers: each
// failure is named for what happened, and the same client's next request succeeds.
#include <doctest/doctest.h>

#include <chrono>

#include "kiosk/net/http_client.h"
#include "tests/cache/content_text.h"
#include "tests/net/fetch_test_support.h"
#include "tests/net/test_servers.h"

using namespace std::chrono_literals;
using kiosk::FetchFailure;
using kiosk::FetchLimits;

namespace {


bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A server whose good body is long enough for half of it to be a length worth lying about.
struct Faulty {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    std::string body = kiosk::test::content_yaml("Lying lengths");

    Faulty() { server.set_body(body); }

    kiosk::Result<kiosk::FetchResponse, kiosk::FetchError> get(const std::string& path) {
        return client.get({server.url(path), false, {}, {}}, quick_limits(5s));
    }

    kiosk::FetchError fails(const std::string& mode) {
        auto r = get("/fault/" + mode);
        REQUIRE_FALSE(r);
        return r.error();
    }

    // The same client, asked again at once: a true answer, whatever the last one left behind.
    void next_request_succeeds() {
        for (int i = 0; i < 2; ++i) {
            const auto r = get("/agent");
            REQUIRE_MESSAGE(r, (r ? std::string() : r.error().message));
            CHECK(r->body.rfind("kiosk/", 0) == 0);
        }
        const auto good = get("/fault/good");
        REQUIRE(good);
        CHECK(good->body == body);
    }
};

}  // namespace

TEST_CASE("http faults: a body longer than its Content-Length is bad framing, not a cut document") {
    Faulty f;
    const auto e = f.fails("lie-long");
    CHECK(e.kind == FetchFailure::BadResponse);
    CHECK_MESSAGE(contains(e.message, "bad HTTP framing: more bytes than the Content-Length of " +
                                          std::to_string(f.body.size() / 2)),
                  e.message);
    f.next_request_succeeds();
}

TEST_CASE("http faults: bytes a lying Content-Length left in a kept-alive connection are not read as the next answer") {
    Faulty f;
    // The first answer ends where it said it would; its rest comes later, into the connection.
    (void)f.get("/fault/lie-long-late");
    f.next_request_succeeds();
}

TEST_CASE("http faults: a stray line end after a true Content-Length spoils neither this answer nor the next") {
    Faulty f;
    const auto r = f.get("/fault/crlf-after");
    REQUIRE_MESSAGE(r, (r ? std::string() : r.error().message));
    CHECK(r->body == f.body);
    f.next_request_succeeds();
}

TEST_CASE("http faults: a body shorter than its Content-Length on a connection left open stalls out, named so") {
    Faulty f;
    const auto start = std::chrono::steady_clock::now();
    const auto e = f.fails("lie-short");
    CHECK(e.kind == FetchFailure::Timeout);
    const std::string progress = std::to_string(f.body.size()) + " of " + std::to_string(f.body.size() + 1000);
    CHECK_MESSAGE(contains(e.message, "stalled: under 1024 bytes/s for 1 s (HTTP 200, " + progress), e.message);
    CHECK(seconds_since(start) < 4.5);
    f.next_request_succeeds();
}

TEST_CASE("http faults: a connection closed before the Content-Length is a short body, with the count") {
    Faulty f;
    const auto e = f.fails("truncate");
    CHECK(e.kind == FetchFailure::ShortBody);
    const std::string progress = std::to_string(f.body.size() / 2) + " of " + std::to_string(f.body.size() + 1000);
    CHECK_MESSAGE(contains(e.message, "short body: the connection closed after HTTP 200, " + progress), e.message);
    f.next_request_succeeds();
}

TEST_CASE("http faults: an answer that is not HTTP at all is bad framing, not a refused scheme") {
    Faulty f;
    const auto e = f.fails("not-http");
    CHECK(e.kind == FetchFailure::BadResponse);
    CHECK_MESSAGE(contains(e.message, "bad HTTP framing: the answer is not valid HTTP"), e.message);
    CHECK_FALSE(contains(e.message, "scheme"));
    f.next_request_succeeds();
}

TEST_CASE("http faults: oversized headers are refused quickly, whichever way they are oversized") {
    Faulty f;
    SUBCASE("one 1 MiB line") {
        const auto e = f.fails("huge-header");
        CHECK(e.kind == FetchFailure::TooLarge);
        CHECK_MESSAGE(contains(e.message, "refused, too large"), e.message);
    }
    SUBCASE("20,000 short lines") {
        const auto e = f.fails("many-headers");
        CHECK(e.kind == FetchFailure::TooLarge);
        CHECK_MESSAGE(contains(e.message, "refused, headers larger than 64 KiB"), e.message);
    }
    SUBCASE("a line that never ends") {
        const auto start = std::chrono::steady_clock::now();
        const auto e = f.fails("endless-header");
        CHECK(e.kind == FetchFailure::TooLarge);
        CHECK(seconds_since(start) < 4.5);
    }
    f.next_request_succeeds();
}

TEST_CASE("http faults: a header line dripping a byte a second is cut by the low-speed limit") {
    Faulty f;
    const auto start = std::chrono::steady_clock::now();
    const auto e = f.fails("header-drip");
    CHECK(e.kind == FetchFailure::Timeout);
    CHECK_MESSAGE(contains(e.message, "stalled: under 1024 bytes/s for 1 s"), e.message);
    CHECK(seconds_since(start) < 4.5);
    f.next_request_succeeds();
}

TEST_CASE("http faults: a server that accepts and says nothing is named as no answer") {
    Faulty f;
    const auto e = f.fails("hang");
    CHECK(e.kind == FetchFailure::Timeout);
    CHECK_MESSAGE(contains(e.message, "stalled: under 1024 bytes/s for 1 s (no answer)"), e.message);
    f.next_request_succeeds();
}

TEST_CASE("http faults: the total timeout is named as such when the server keeps trickling") {
    Faulty f;
    FetchLimits limits = quick_limits(5s);
    limits.low_speed_bytes_per_second = 0;  // no low-speed limit, so only the total timeout ends it
    limits.total_timeout = 3s;
    const auto r = f.client.get({f.server.url("/fault/drip"), false, {}, {}}, limits);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::Timeout);
    CHECK_MESSAGE(contains(r.error().message, "timed out: not finished within 3 s (HTTP 200, "), r.error().message);
    f.next_request_succeeds();
}

TEST_CASE("http faults: a port nothing listens on is a refused connection") {
    kiosk::HttpClient client = make_client();
    const std::string url = "http://127.0.0.1:" + std::to_string(kiosk::test::free_port()) + "/content.yaml";
    const auto r = client.get({url, false, {}, {}}, quick_limits(5s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::Connect);
    CHECK_MESSAGE(contains(r.error().message, url + ": connection refused"), r.error().message);
}

TEST_CASE("http faults: a redirect loop and a redirect to file:// are named apart") {
    Faulty f;
    const auto loop = f.fails("loop");
    CHECK(loop.kind == FetchFailure::RedirectLoop);
    CHECK(contains(loop.message, "more than 5 redirects"));
    const auto file = f.fails("redirect-file");
    CHECK(file.kind == FetchFailure::Refused);
    CHECK(contains(file.message, "scheme the kiosk does not fetch"));
    f.next_request_succeeds();
}
