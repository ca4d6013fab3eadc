// `kiosk fetch` as a user runs it: exit status, what it says, and what the cache holds afterwards.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <unistd.h>

#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/support/child_process.h"
#include "tests/net/test_servers.h"
#include "tests/support/test_paths.h"

using kiosk::test::run_kiosk;
using Run = kiosk::test::KioskExit;

TEST_CASE("kiosk fetch: content and all its media go into the cache, exit 0") {
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Fetched", {"a.jpg", "b.jpg"}), 100);
    kiosk::test::write_text(root + "/a.jpg", "A", 100);
    kiosk::test::write_text(root + "/b.jpg", "B", 100);
    const kiosk::test::NginxServer nginx(root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    const Run r = run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache});
    CAPTURE(r.output);
    CHECK(r.status == 0);
    CHECK(r.output.find("2 media stored, 0 missing") != std::string::npos);
    const auto snap = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.event.title == "Fetched");
    CHECK(snap->placeholders == 0);
    const Run again = run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache});
    CHECK(again.status == 0);
    CHECK(again.output.find("unchanged") != std::string::npos);
    CHECK(nginx.count("/event.yaml", 304) == 1);
}

TEST_CASE("kiosk fetch: a missing photo fails the run and is named, exit 1") {
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Partial", {"gone.jpg"}), 100);
    const kiosk::test::NginxServer nginx(root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    const Run r = run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache});
    CAPTURE(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find(nginx.url("/gone.jpg") + ": HTTP 404") != std::string::npos);
    REQUIRE(kiosk::load_initial(cache, kiosk::snapshot_document_loader()));
}

TEST_CASE("kiosk fetch: an unreachable source fails with the reason, exit 1") {
    const std::string url = "http://127.0.0.1:" + std::to_string(kiosk::test::free_port()) + "/event.yaml";
    const Run r = run_kiosk({"fetch", "--content", url, "--cache", kiosk::test::make_temp_dir("cache")});
    CHECK(r.status == 1);
    CHECK(r.output.find(url) != std::string::npos);
}

TEST_CASE("kiosk fetch: bad content is reported with file, line and column, exit 1") {
    const std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::write_text(root + "/event.yaml", "event:\n  title: [unclosed\n");
    const Run r = run_kiosk({"fetch", "--content", root + "/event.yaml", "--cache", kiosk::test::make_temp_dir("cache")});
    CAPTURE(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find(root + "/event.yaml:") != std::string::npos);
}

TEST_CASE("kiosk fetch: missing or unknown options are usage errors, exit 2") {
    CHECK(run_kiosk({"fetch"}).status == 2);
    CHECK(run_kiosk({"fetch", "--content", "x.yaml"}).status == 2);
    CHECK(run_kiosk({"fetch", "--content", "x.yaml", "--cache", "/tmp/x", "--insecure", "1"}).status == 2);
    CHECK(run_kiosk({"fetch", "--content", "ftp://x/y.yaml", "--cache", "/tmp/x"}).status == 2);
}
