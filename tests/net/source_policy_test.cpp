// Unit tests of the fetch policy: which sources and media URLs are fetched, and how.
#include <doctest/doctest.h>

#include "kiosk/net/source_policy.h"

using kiosk::ContentSource;
using kiosk::SourceKind;

TEST_CASE("source: http and https URLs are web sources fetched as written") {
    const auto s = kiosk::classify_source("https://example.org/event.yaml", "/srv");
    REQUIRE(s);
    CHECK(s->kind == SourceKind::Web);
    CHECK(s->fetch_url == "https://example.org/event.yaml");
    CHECK(s->base == "https://example.org/event.yaml");
}

TEST_CASE("source: a relative path is local, absolute against the working folder, fetched as file://") {
    const auto s = kiosk::classify_source("content/my event.yaml", "/srv/kiosk");
    REQUIRE(s);
    CHECK(s->kind == SourceKind::Local);
    CHECK(s->base == "/srv/kiosk/content/my event.yaml");
    CHECK(s->fetch_url == "file:///srv/kiosk/content/my%20event.yaml");
}

TEST_CASE("source: a file:// URL is local, its path decoded for the loader") {
    const auto s = kiosk::classify_source("file:///media/usb/event%20day.yaml", "/");
    REQUIRE(s);
    CHECK(s->kind == SourceKind::Local);
    CHECK(s->base == "/media/usb/event day.yaml");
}

TEST_CASE("source: other schemes, remote file hosts and empty names are refused") {
    CHECK_FALSE(kiosk::classify_source("ftp://example.org/event.yaml", "/"));
    CHECK_FALSE(kiosk::classify_source("file://server/share/event.yaml", "/"));
    CHECK_FALSE(kiosk::classify_source("", "/"));
}

TEST_CASE("media: remote content may only name http(s) media") {
    const ContentSource web{SourceKind::Web, "https://x.org/e.yaml", "https://x.org/e.yaml", "https://x.org/e.yaml"};
    CHECK(kiosk::media_fetch_url(web, "https://cdn.x.org/a.jpg").value() == "https://cdn.x.org/a.jpg");
    CHECK_FALSE(kiosk::media_fetch_url(web, "file:///etc/passwd"));
    CHECK_FALSE(kiosk::media_fetch_url(web, "/etc/passwd"));
    CHECK_FALSE(kiosk::media_fetch_url(web, "ftp://x.org/a.jpg"));
}

TEST_CASE("media: local content may name local files and http(s) media") {
    const ContentSource local{SourceKind::Local, "/srv/e.yaml", "file:///srv/e.yaml", "/srv/e.yaml"};
    CHECK(kiosk::media_fetch_url(local, "/srv/photos/a b.jpg").value() == "file:///srv/photos/a%20b.jpg");
    CHECK(kiosk::media_fetch_url(local, "photos/a.jpg").value() == "file:///srv/photos/a.jpg");
    CHECK(kiosk::media_fetch_url(local, "file:///srv/x.png").value() == "file:///srv/x.png");
    CHECK(kiosk::media_fetch_url(local, "https://cdn.x.org/a.jpg").value() == "https://cdn.x.org/a.jpg");
    CHECK_FALSE(kiosk::media_fetch_url(local, "ftp://x.org/a.jpg"));
}

TEST_CASE("file URLs: paths are percent-encoded and decoded back") {
    CHECK(kiosk::file_url_from_path("/a/b c/%d#e?.jpg") == "file:///a/b%20c/%25d%23e%3F.jpg");
    CHECK(kiosk::path_from_file_url("file:///a/b%20c/%25d%23e%3F.jpg") == "/a/b c/%d#e?.jpg");
    CHECK(kiosk::path_from_file_url("file://localhost/etc/x") == "/etc/x");
    CHECK_FALSE(kiosk::path_from_file_url("file:///a%00b"));
    CHECK_FALSE(kiosk::path_from_file_url("file:///a%2"));
    CHECK_FALSE(kiosk::path_from_file_url("http://x.org/a"));
}
