// Signed content through `kiosk fetch --trusted-key` against nginx, with keys and signatures made
// by the real minisign: what the organiser signed is taken with its pinned photos; unsigned or
// changed content, a changed signature or photo, another key's signature and a replayed older
// version are refused with the reason, and the last good snapshot stays.
#include <doctest/doctest.h>

#include <filesystem>

#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/support/child_process.h"
#include "tests/support/minisign_tool.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace {

using kiosk::test::run_kiosk;
using Run = kiosk::test::KioskExit;

const std::string kPhoto(4096, 'p');

// The organiser's side: a content file naming one pinned photo, signed at `timestamp`.
struct Site {
    std::string root = kiosk::test::make_temp_dir("www");
    kiosk::test::MinisignKeys keys = kiosk::test::make_minisign_keys("site");

    std::string pinned(const std::string& name, const std::string& bytes) const {
        return name + "#sha256=" + kiosk::sha256_hex(bytes);
    }
    void publish(const std::string& title, std::int64_t timestamp, const std::string& photo = kPhoto) const {
        kiosk::test::write_file(root + "/a.jpg", photo);
        kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml(title, {pinned("a.jpg", photo)}), 100);
        kiosk::test::minisign_sign(keys, root + "/event.yaml", timestamp);
    }
};

Run fetch(const kiosk::test::NginxServer& nginx, const std::string& cache, const std::string& key) {
    return run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache, "--trusted-key", key});
}

std::string cached_title(const std::string& cache) {
    const auto snapshot = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    return snapshot ? snapshot->content.event.title : std::string("(none)");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("signed content: a document signed by a trusted key is taken with its pinned photo") {
    const Site site;
    site.publish("Signed", 1'800'000'000);
    const kiosk::test::NginxServer nginx(site.root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    const Run run = fetch(nginx, cache, site.keys.public_key());
    INFO(run.output);
    CHECK(run.status == 0);
    const auto snapshot = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snapshot);
    CHECK(snapshot->content.event.title == "Signed");
    CHECK(snapshot->placeholders == 0);
    CHECK(kiosk::test::read_file(snapshot->content.speakers.at(0).photo) == kPhoto);
}

TEST_CASE("signed content: unsigned, changed or wrongly signed documents are refused and the last good stays") {
    const Site site;
    site.publish("Good", 1'800'000'000);
    const kiosk::test::NginxServer nginx(site.root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    REQUIRE(fetch(nginx, cache, site.keys.public_key()).status == 0);

    SUBCASE("no signature") {
        site.publish("Unsigned", 1'800'000'100);
        std::filesystem::remove(site.root + "/event.yaml.minisig");
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "not signed by a trusted key: no signature"));
    }
    SUBCASE("one byte of the document changed after signing") {
        site.publish("Changed", 1'800'000'100);
        std::string text = kiosk::test::read_file(site.root + "/event.yaml");
        text[text.find("Changed")] = 'c';
        kiosk::test::write_text(site.root + "/event.yaml", text, 50);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "changed after it was signed"));
    }
    SUBCASE("one byte of the signature changed") {
        site.publish("Bad signature", 1'800'000'100);
        std::string signature = kiosk::test::read_file(site.root + "/event.yaml.minisig");
        const std::size_t at = signature.find('\n') + 30;
        signature[at] = signature[at] == 'A' ? 'B' : 'A';
        kiosk::test::write_file(site.root + "/event.yaml.minisig", signature);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "not signed by a trusted key"));
    }
    SUBCASE("signed by another key") {
        const auto other = kiosk::test::make_minisign_keys("other");
        site.publish("Other key", 1'800'000'100);
        kiosk::test::minisign_sign(other, site.root + "/event.yaml", 1'800'000'100);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "which is not a trusted key"));
    }
    SUBCASE("an older signed version replayed, in a new process") {
        const std::string old_text = kiosk::test::read_file(site.root + "/event.yaml");
        const std::string old_signature = kiosk::test::read_file(site.root + "/event.yaml.minisig");
        site.publish("Newer", 1'800'000'200);
        REQUIRE(fetch(nginx, cache, site.keys.public_key()).status == 0);
        REQUIRE(cached_title(cache) == "Newer");
        kiosk::test::write_text(site.root + "/event.yaml", old_text, 10);
        kiosk::test::write_file(site.root + "/event.yaml.minisig", old_signature);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "refused as a replay"));
        CHECK(cached_title(cache) == "Newer");
        return;
    }
    CHECK(cached_title(cache) == "Good");
}

TEST_CASE("signed content: a photo whose bytes differ from its pin is refused, as is an unpinned one") {
    const Site site;
    const std::string cache = kiosk::test::make_temp_dir("cache");
    SUBCASE("swapped on the server after signing") {
        site.publish("Swapped", 1'800'000'000);
        kiosk::test::write_file(site.root + "/a.jpg", std::string(4096, 'x'));
        const kiosk::test::NginxServer nginx(site.root);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "not the ones the content pins"));
        const auto snapshot = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
        REQUIRE(snapshot);
        CHECK(snapshot->placeholders == 1);
        CHECK(snapshot->content.speakers.at(0).photo.empty());
    }
    SUBCASE("named without a pin") {
        kiosk::test::write_file(site.root + "/a.jpg", kPhoto);
        kiosk::test::write_text(site.root + "/event.yaml", kiosk::test::content_yaml("Unpinned", {"a.jpg"}));
        kiosk::test::minisign_sign(site.keys, site.root + "/event.yaml", 1'800'000'000);
        const kiosk::test::NginxServer nginx(site.root);
        const Run run = fetch(nginx, cache, site.keys.public_key());
        INFO(run.output);
        CHECK(run.status == 1);
        CHECK(contains(run.output, "not covered by the signature"));
        CHECK(nginx.count("/a.jpg", 200) == 0);
    }
}

TEST_CASE("signed content: a snapshot fetched before keys were set is not trusted once they are") {
    const Site site;
    site.publish("Fetched unsigned", 1'800'000'000);
    std::filesystem::remove(site.root + "/event.yaml.minisig");
    const kiosk::test::NginxServer nginx(site.root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    REQUIRE(run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache}).status == 0);
    const Run run = fetch(nginx, cache, site.keys.public_key());
    INFO(run.output);
    CHECK(run.status == 1);
    // Not answered with a 304 on the strength of the unsigned copy: the document was asked for whole.
    CHECK(nginx.count("/event.yaml", 200) == 2);
    CHECK(contains(run.output, "not signed by a trusted key"));
}

TEST_CASE("signed content: the same unchanged signed document costs a 304 and no new signature check") {
    const Site site;
    site.publish("Stable", 1'800'000'000);
    const kiosk::test::NginxServer nginx(site.root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    REQUIRE(fetch(nginx, cache, site.keys.public_key()).status == 0);
    const Run again = fetch(nginx, cache, site.keys.public_key());
    INFO(again.output);
    CHECK(again.status == 0);
    CHECK(nginx.count("/event.yaml", 304) == 1);
    CHECK(nginx.count("/event.yaml.minisig", 200) == 1);
    CHECK(nginx.count("/a.jpg", 200) == 1);
}
