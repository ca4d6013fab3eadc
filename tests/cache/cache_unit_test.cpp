// Unit tests of the cache's pure parts: digests, manifests, pointers and media references.
#include <doctest/doctest.h>

#include "kiosk/cache/asset_refs.h"
#include "kiosk/cache/manifest.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_pointer.h"
#include "tests/support/broken_yaml.h"

using namespace std::chrono;

namespace {

kiosk::Manifest sample_manifest() {
    kiosk::Manifest m;
    m.kind = kiosk::SnapshotKind::Content;
    m.source = "https://example.org/event.yaml";
    m.base = m.source;
    m.etag = "W/\"65240e50-1f4\"";
    m.last_modified = "Mon, 09 Oct 2023 12:00:00 GMT";
    m.fetched_at = sys_days{year{2023} / 10 / 9} + hours{13} + minutes{50};
    m.content_sha256 = kiosk::sha256_hex("content");
    m.content_bytes = 7;
    m.assets.push_back({"https://example.org/photos/a b.jpg", kiosk::sha256_hex("a"), 1, "\"x\"", ""});
    m.missing.push_back({"https://example.org/photos/gone.jpg", "HTTP 404: \"quoted\" reason"});
    return m;
}

}  // namespace

TEST_CASE("sha256: digests match the published test vectors") {
    CHECK(kiosk::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(kiosk::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256: only 64 lower-case hex digits count as an asset name") {
    CHECK(kiosk::is_sha256_hex(kiosk::sha256_hex("x")));
    CHECK_FALSE(kiosk::is_sha256_hex("../../etc/passwd"));
    CHECK_FALSE(kiosk::is_sha256_hex(std::string(64, 'A')));
    CHECK_FALSE(kiosk::is_sha256_hex(std::string(63, 'a')));
}

TEST_CASE("manifest: what is written reads back the same") {
    const kiosk::Manifest m = sample_manifest();
    const auto back = kiosk::parse_manifest(kiosk::manifest_to_yaml(m));
    REQUIRE(back);
    CHECK(back->source == m.source);
    CHECK(back->etag == m.etag);
    CHECK(back->last_modified == m.last_modified);
    CHECK(back->fetched_at == m.fetched_at);
    CHECK(back->content_sha256 == m.content_sha256);
    REQUIRE(back->assets.size() == 1);
    CHECK(back->assets[0].url == "https://example.org/photos/a b.jpg");
    CHECK(back->assets[0].etag == "\"x\"");
    REQUIRE(back->missing.size() == 1);
    CHECK(back->missing[0].error == m.missing[0].error);
    CHECK(back->find_asset("https://example.org/photos/a b.jpg") != nullptr);
    CHECK(back->find_asset("https://example.org/photos/gone.jpg") == nullptr);
}

TEST_CASE("manifest: broken YAML is reported with its line and column") {
    const auto r = kiosk::parse_manifest("format: 1\nkind: [content\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.rfind("3:1", 0) == 0);
}

TEST_CASE("manifest: what makes yaml-cpp throw is an error value with its line and column") {
    for (const auto& broken : kiosk::test::kBrokenYaml) {
        CAPTURE(broken.what);
        const auto r = kiosk::parse_manifest(broken.text);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.starts_with(std::to_string(broken.line) + ":" + std::to_string(broken.column) + ": "));
    }
}

TEST_CASE("manifest: the first wrong field is the one named") {
    const auto no_source = kiosk::parse_manifest("format: 1\nkind: content\nbase: x\ncontent_sha256: nope\n");
    REQUIRE_FALSE(no_source);
    CHECK(no_source.error().message == "missing 'source'");
    const auto bad_kind = kiosk::parse_manifest("format: 1\nkind: videos\n");
    REQUIRE_FALSE(bad_kind);
    CHECK(bad_kind.error().message == "'kind' must be content or posts");
    const auto listed_url = kiosk::parse_manifest(
        "format: 1\nkind: content\nsource: s\nbase: b\nfetched_at: 2023-10-09T13:50:00Z\ncontent_sha256: " +
        kiosk::sha256_hex("a") + "\nassets:\n  - url: [a]\n");
    REQUIRE_FALSE(listed_url);
    CHECK(listed_url.error().message == "'url' is not text");
    CHECK_FALSE(kiosk::parse_manifest("format: 2\n"));
    CHECK(kiosk::parse_manifest("- a\n").error().message == "a manifest must be a mapping");
}

TEST_CASE("manifest: a hash that could name a path is refused") {
    std::string text = kiosk::manifest_to_yaml(sample_manifest());
    const auto at = text.find(kiosk::sha256_hex("a"));
    REQUIRE(at != std::string::npos);
    text.replace(at, 64, "../../../../etc/passwd");
    CHECK_FALSE(kiosk::parse_manifest(text));
}

TEST_CASE("manifest: fetch times are strict UTC") {
    CHECK(kiosk::parse_utc("2023-10-09T13:50:00Z") == sys_days{year{2023} / 10 / 9} + hours{13} + minutes{50});
    CHECK_FALSE(kiosk::parse_utc("2023-10-09 13:50:00"));
    CHECK_FALSE(kiosk::parse_utc("2023-02-30T13:50:00Z"));
    CHECK_FALSE(kiosk::parse_utc("2023-10-09T13:50:00+01:00"));
}

TEST_CASE("snapshot pointer: current and previous ids read back, and anything else is refused") {
    const kiosk::SnapshotPointer p{"20231009T135000Z-0123456789ab", "20231009T134500Z-ba9876543210"};
    const auto back = kiosk::parse_pointer(kiosk::format_pointer(p));
    REQUIRE(back);
    CHECK(back->current == p.current);
    CHECK(back->previous == p.previous);
    CHECK(kiosk::parse_pointer("20231009T135000Z-0123456789ab\n\n"));
    CHECK_FALSE(kiosk::parse_pointer("../x\n\n"));
    CHECK_FALSE(kiosk::parse_pointer("20231009T135000Z-0123456789ab"));
    CHECK_FALSE(kiosk::parse_pointer(""));
}

TEST_CASE("snapshot ids: sortable by time and distinct per manifest") {
    const kiosk::Instant t = sys_days{year{2023} / 10 / 9} + hours{13};
    const auto a = kiosk::make_snapshot_id(t, "one");
    CHECK(a.rfind("20231009T130000Z-", 0) == 0);
    CHECK(kiosk::is_snapshot_id(a));
    CHECK(a != kiosk::make_snapshot_id(t, "two"));
}

TEST_CASE("media references: each is listed once and rewritten everywhere it appears") {
    kiosk::Content c;
    c.event.logo = "logo.png";
    c.speakers.resize(2);
    c.speakers[0].photo = "same.jpg";
    c.posts.resize(1);
    c.posts[0].avatar = "same.jpg";
    c.posts[0].image = "image.png";
    CHECK(kiosk::asset_references(c) == std::vector<std::string>{"logo.png", "same.jpg", "image.png"});
    kiosk::rewrite_asset_references(c, [](const std::string& r) { return r == "image.png" ? "" : "/c/" + r; });
    CHECK(c.event.logo == "/c/logo.png");
    CHECK(c.speakers[0].photo == "/c/same.jpg");
    CHECK(c.speakers[1].photo.empty());
    CHECK(c.posts[0].avatar == "/c/same.jpg");
    CHECK(c.posts[0].image.empty());
}
