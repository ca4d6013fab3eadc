// The cache against damage and excess, through `kiosk fetch` and nginx: assets whose bytes no longer
// match their hash are fetched again, and a snapshot's media stop at the byte budget.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>

#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/net/test_servers.h"
#include "tests/support/child_process.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using kiosk::test::run_kiosk;
using Run = kiosk::test::KioskExit;

namespace {

// `n` bytes that no compressor or cache could guess, different for every seed.
std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(gen() & 0xFFu);
    return out;
}

std::uint64_t bytes_under(const std::string& dir) {
    std::uint64_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) total += e.file_size();
    }
    return total;
}

}  // namespace

TEST_CASE("cache: a cached photo overwritten with same-size bytes is fetched again and correct") {
    const std::string root = kiosk::test::make_temp_dir("www");
    const std::string photo = random_bytes(64 * 1024, 1);
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Hashed", {"a.jpg"}), 100);
    kiosk::test::write_file(root + "/a.jpg", photo);
    const kiosk::test::NginxServer nginx(root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    REQUIRE(run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache}).status == 0);
    const std::string cached = cache + "/assets/" + kiosk::sha256_hex(photo);
    REQUIRE(kiosk::test::read_file(cached) == photo);

    kiosk::test::write_file(cached, random_bytes(photo.size(), 2));
    const Run again = run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache});
    CAPTURE(again.output);
    CHECK(again.status == 0);
    CHECK(nginx.count("/a.jpg", 200) == 2);
    CHECK(kiosk::test::read_file(cached) == photo);
    const auto snap = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->placeholders == 0);
    CHECK(snap->content.speakers.at(0).photo == cached);
}

TEST_CASE("cache: a damaged photo is a placeholder at boot, not a wrong picture") {
    const std::string root = kiosk::test::make_temp_dir("www");
    const std::string photo = random_bytes(4096, 3);
    kiosk::test::write_text(root + "/event.yaml", kiosk::test::content_yaml("Offline", {"a.jpg"}), 100);
    kiosk::test::write_file(root + "/a.jpg", photo);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    {
        const kiosk::test::NginxServer nginx(root);
        REQUIRE(run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache}).status == 0);
    }
    kiosk::test::write_file(cache + "/assets/" + kiosk::sha256_hex(photo), random_bytes(photo.size(), 4));
    const auto snap = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->placeholders == 1);
    CHECK(snap->content.speakers.at(0).photo.empty());
}

TEST_CASE("kiosk fetch: media past the byte budget are left out and named, and the cache stays within it") {
    const std::string root = kiosk::test::make_temp_dir("www");
    std::vector<std::string> photos = {"small0.jpg", "small1.jpg"};
    kiosk::test::write_file(root + "/small0.jpg", random_bytes(1 << 20, 10));
    kiosk::test::write_file(root + "/small1.jpg", random_bytes(1 << 20, 11));
    for (unsigned i = 0; i < 10; ++i) {
        photos.push_back("big" + std::to_string(i) + ".jpg");
        kiosk::test::write_file(root + "/" + photos.back(), random_bytes(15 << 20, 20 + i));
    }
    const std::string document = kiosk::test::content_yaml("Budget", photos);
    kiosk::test::write_text(root + "/event.yaml", document, 100);
    const kiosk::test::NginxServer nginx(root);
    const std::string cache = kiosk::test::make_temp_dir("cache");
    const Run r = run_kiosk({"fetch", "--content", nginx.url("/event.yaml"), "--cache", cache, "--cache-max-mib", "5"});
    CAPTURE(r.output);
    CHECK(r.status == 1);
    CHECK(r.output.find("10 media left out by the byte budget of 5 MiB") != std::string::npos);
    CHECK(r.output.find(nginx.url("/big9.jpg") + ": left out, past the snapshot's byte budget") !=
          std::string::npos);
    const std::uint64_t on_disk = bytes_under(cache);
    MESSAGE("cache on disk after a 5 MiB budget and 152 MiB of photos: " << on_disk << " bytes");
    CHECK(on_disk <= (5u << 20) + document.size());
    const auto snap = kiosk::load_initial(cache, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->placeholders == 10);
    CHECK_FALSE(snap->content.speakers.at(0).photo.empty());
    CHECK(snap->content.speakers.at(2).photo.empty());
}
