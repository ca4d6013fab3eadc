// HttpClient against real servers on 127.0.0.1: validators, limits, timeouts, redirects, schemes.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

#include "kiosk/net/http_client.h"
#include "tests/cache/content_text.h"
#include "tests/net/fetch_test_support.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using namespace std::chrono_literals;
using kiosk::FetchFailure;
using kiosk::FetchLimits;
using kiosk::FetchRequest;

namespace {


}  // namespace

TEST_CASE("http: nginx serves the file compressed, and the same request with its ETag costs a 304") {
    const std::string root = kiosk::test::make_temp_dir("www");
    const std::string text = kiosk::test::content_yaml("Compressed", {"a.jpg", "b.jpg", "c.jpg"});
    kiosk::test::write_text(root + "/event.yaml", text, 100);
    const kiosk::test::NginxServer nginx(root);
    kiosk::HttpClient client = make_client();
    const auto first = client.get({nginx.url("/event.yaml"), false, {}, {}}, quick_limits(3s));
    REQUIRE(first);
    CHECK(first->status == 200);
    CHECK(first->body == text);
    CHECK_FALSE(first->headers.etag.empty());
    CHECK_FALSE(first->headers.last_modified.empty());
    CHECK(first->headers.date.has_value());
    const auto second = client.get({nginx.url("/event.yaml"), false, first->headers.etag, {}}, quick_limits(3s));
    REQUIRE(second);
    CHECK(second->not_modified());
    CHECK(second->body.empty());
    const auto third = client.get({nginx.url("/event.yaml"), false, {}, first->headers.last_modified}, quick_limits(3s));
    REQUIRE(third);
    CHECK(third->not_modified());
    CHECK(nginx.count("/event.yaml", 200) == 1);
    CHECK(nginx.count("/event.yaml", 304) == 2);
}

TEST_CASE("http: the User-Agent names the kiosk and its version") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const auto r = client.get({server.url("/agent"), false, {}, {}}, quick_limits(3s));
    REQUIRE(r);
    CHECK(r->body.rfind("kiosk/", 0) == 0);
}

TEST_CASE("http: error statuses are errors that name the status") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    for (const char* mode : {"500", "404"}) {
        const auto r = client.get({server.url(std::string("/fault/") + mode), false, {}, {}}, quick_limits(3s));
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == FetchFailure::HttpStatus);
        CHECK(r.error().status == std::stoi(mode));
        CHECK(r.error().message.find(std::string("HTTP ") + mode) != std::string::npos);
        CHECK(r.error().server_date.has_value());
    }
}

TEST_CASE("http: a body announced above the limit is refused before it is read") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const auto start = std::chrono::steady_clock::now();
    const auto r = client.get({server.url("/fault/huge"), false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::TooLarge);
    CHECK(seconds_since(start) < 2.0);
}

TEST_CASE("http: a body without a length is cut when it passes the limit") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const auto r = client.get({server.url("/fault/huge-unsized"), false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::TooLarge);
    CHECK(r.error().message.find("larger than 1 MiB") != std::string::npos);
}

TEST_CASE("http: a body shorter than its Content-Length is an error") {
    kiosk::test::FaultServer server;
    server.set_body(kiosk::test::content_yaml("Cut short"));
    kiosk::HttpClient client = make_client();
    const auto r = client.get({server.url("/fault/truncate"), false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::ShortBody);
}

TEST_CASE("http: a server that never answers is cut by the timeouts") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const auto start = std::chrono::steady_clock::now();
    const auto r = client.get({server.url("/fault/hang"), false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::Timeout);
    CHECK(seconds_since(start) < 10.0);
}

TEST_CASE("http: a server dripping one byte a second is cut by the low-speed limit") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    FetchLimits limits = quick_limits(3s);
    limits.total_timeout = 60s;  // only the low-speed limit can end it quickly
    const auto start = std::chrono::steady_clock::now();
    const auto r = client.get({server.url("/fault/drip"), false, {}, {}}, limits);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::Timeout);
    CHECK(seconds_since(start) < 10.0);
}

TEST_CASE("http: a redirect loop stops after five redirects") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const auto r = client.get({server.url("/fault/loop"), false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::RedirectLoop);
    CHECK(r.error().message.find("more than 5 redirects") != std::string::npos);
}

TEST_CASE("http: a redirect to file:///etc/passwd is refused, even where file:// is allowed") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    for (const bool allow_file : {false, true}) {
        const auto r = client.get({server.url("/fault/redirect-file"), allow_file, {}, {}}, quick_limits(3s));
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == FetchFailure::Refused);
    }
}

TEST_CASE("http: file:// URLs are read only when the caller allows them") {
    const std::string root = kiosk::test::make_temp_dir("local");
    kiosk::test::write_text(root + "/event.yaml", "posts: []\n");
    kiosk::HttpClient client = make_client();
    const std::string url = "file://" + root + "/event.yaml";
    const auto refused = client.get({url, false, {}, {}}, quick_limits(3s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == FetchFailure::Refused);
    const auto allowed = client.get({url, true, {}, {}}, quick_limits(3s));
    REQUIRE(allowed);
    CHECK(allowed->body == "posts: []\n");
}

TEST_CASE("http: a cancelled transfer stops at once") {
    kiosk::test::FaultServer server;
    kiosk::HttpClient client = make_client();
    const std::atomic<bool> cancel{true};
    FetchLimits limits = quick_limits(3s);
    limits.total_timeout = 60s;
    const auto start = std::chrono::steady_clock::now();
    const auto r = client.get({server.url("/fault/hang"), false, {}, {}}, limits, &cancel);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == FetchFailure::Cancelled);
    CHECK(seconds_since(start) < 5.0);
}

TEST_CASE("https: a certificate the system does not trust is refused, and there is no way around it but a CA file") {
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", "posts: []\n");
    const auto cert = kiosk::test::make_test_certificate();
    const kiosk::test::NginxServer nginx(root, cert);
    const FetchRequest request{nginx.url("/event.yaml"), false, {}, {}};
    kiosk::HttpClient system_store = make_client();
    const auto refused = system_store.get(request, quick_limits(3s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == FetchFailure::Tls);
    CHECK(refused.error().message.find("certificate") != std::string::npos);
    kiosk::HttpClient with_ca = make_client(kiosk::TlsOptions{cert.cert_file, {}});
    const auto accepted = with_ca.get(request, quick_limits(3s));
    REQUIRE(accepted);
    CHECK(accepted->body == "posts: []\n");
}

TEST_CASE("https: a pinned public key must match the server's") {
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", "posts: []\n");
    const auto cert = kiosk::test::make_test_certificate();
    const auto other = kiosk::test::make_test_certificate();
    const kiosk::test::NginxServer nginx(root, cert);
    const FetchRequest request{nginx.url("/event.yaml"), false, {}, {}};
    kiosk::HttpClient right = make_client(kiosk::TlsOptions{cert.cert_file, cert.pin});
    const auto accepted = right.get(request, quick_limits(3s));
    CHECK_MESSAGE(accepted, (accepted ? std::string() : accepted.error().message));
    kiosk::HttpClient wrong = make_client(kiosk::TlsOptions{cert.cert_file, other.pin});
    const auto refused = wrong.get(request, quick_limits(3s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == FetchFailure::Tls);
    CHECK(refused.error().message.find("public key") != std::string::npos);
}
