// The snapshot store on real files: commit, load at boot, validation, fallback and collection.
#include <doctest/doctest.h>

#include <filesystem>

#include "kiosk/cache/cache_collector.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_pointer.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/cache/trial_files.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"
#include "tests/support/test_files.h"
#include "tests/support/test_paths.h"

namespace fs = std::filesystem;
using namespace std::chrono;

namespace {

const std::string kSource = "https://example.org/event.yaml";

kiosk::Instant at_minute(int m) { return sys_days{year{2023} / 10 / 9} + hours{12} + minutes{m}; }

// Stores each photo's bytes and commits `document` with them, as a fetch would.
kiosk::Result<kiosk::CachedSnapshot> commit(const kiosk::SnapshotStore& store, const std::string& document,
                                            const std::vector<std::pair<std::string, std::string>>& photos,
                                            int minute) {
    kiosk::Manifest m;
    m.source = m.base = kSource;
    m.fetched_at = at_minute(minute);
    m.content_sha256 = kiosk::sha256_hex(document);
    m.content_bytes = document.size();
    for (const auto& [url, bytes] : photos) {
        const auto name = store.put_asset(bytes);
        REQUIRE(name);
        m.assets.push_back({url, *name, bytes.size(), "", ""});
    }
    return store.commit(document, m);
}

std::size_t count_entries(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_CASE("cache: a committed snapshot loads at boot with media pointing at cached files") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    const std::string doc = kiosk::test::content_yaml("Data Day", {"photos/ada.jpg", ""});
    REQUIRE(commit(store, doc, {{"https://example.org/photos/ada.jpg", "JPEG-BYTES"}}, 0));
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.event.title == "Data Day");
    REQUIRE(snap->content.speakers.size() == 2);
    CHECK(snap->content.speakers[0].photo == dir + "/assets/" + kiosk::sha256_hex("JPEG-BYTES"));
    CHECK(snap->content.speakers[1].photo.empty());
    CHECK(snap->manifest.fetched_at == at_minute(0));
    CHECK(snap->placeholders == 0);
}

TEST_CASE("cache: an empty cache gives nothing at boot, quietly") {
    CHECK_FALSE(kiosk::load_initial(kiosk::test::make_temp_dir("cache-empty"), kiosk::snapshot_document_loader()));
}

TEST_CASE("cache: a document the loader refuses is never made current") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    REQUIRE(commit(store, kiosk::test::content_yaml("Good"), {}, 0));
    CHECK_FALSE(commit(store, "event: [unclosed\n", {}, 1));
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.event.title == "Good");
}

TEST_CASE("cache: a media reference the manifest lacks is a placeholder, not an error") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    REQUIRE(commit(store, kiosk::test::content_yaml("Event", {"photos/missing.jpg"}), {}, 0));
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.speakers[0].photo.empty());
    CHECK(snap->placeholders == 1);
}

TEST_CASE("cache: a damaged current snapshot falls back to the previous one") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    REQUIRE(commit(store, kiosk::test::content_yaml("First"), {}, 0));
    const auto second = commit(store, kiosk::test::content_yaml("Second"), {}, 1);
    REQUIRE(second);
    kiosk::test::write_text(dir + "/snapshots/" + second->id + "/content.yaml", "event: damaged\n");
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.event.title == "First");
}

TEST_CASE("cache: a lost media file shows as a placeholder at boot") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    REQUIRE(commit(store, kiosk::test::content_yaml("Event", {"a.jpg"}), {{"https://example.org/a.jpg", "A"}}, 0));
    fs::remove(dir + "/assets/" + kiosk::sha256_hex("A"));
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.speakers[0].photo.empty());
}

TEST_CASE("cache: snapshots and assets that no current or previous snapshot uses are collected") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    for (int i = 0; i < 5; ++i) {
        const std::string photo = "p" + std::to_string(i) + ".jpg";
        REQUIRE(commit(store, kiosk::test::content_yaml("V" + std::to_string(i), {photo}),
                       {{"https://example.org/" + photo, "bytes " + std::to_string(i)}}, i));
    }
    CHECK(count_entries(dir + "/snapshots") == 2);
    // Unused assets are spared for a while (another process may be about to use them); a
    // collection with a zero budget takes everything but the current snapshot's.
    kiosk::collect_garbage(dir, 0);
    CHECK(count_entries(dir + "/snapshots") == 1);
    CHECK(count_entries(dir + "/assets") == 1);
    CHECK(fs::exists(dir + "/assets/" + kiosk::sha256_hex("bytes 4")));
    const auto pointer = kiosk::read_pointer(dir, kiosk::SnapshotKind::Content);
    REQUIRE(pointer);
    CHECK(pointer->previous.empty());
    const auto snap = kiosk::load_initial(dir, kiosk::snapshot_document_loader());
    REQUIRE(snap);
    CHECK(snap->content.event.title == "V4");
}

TEST_CASE("cache: the same bytes are stored once, whatever URL names them") {
    const kiosk::SnapshotStore store(kiosk::test::make_temp_dir("cache"), kiosk::snapshot_document_loader());
    const auto a = store.put_asset("same");
    const auto b = store.put_asset("same");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(count_entries(store.dir() + "/assets") == 1);
}

TEST_CASE("cache: a preview shows the snapshot the next start would, and counts no start") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    const auto good = commit(store, kiosk::test::content_yaml("Good"), {}, 0);
    const auto fresh = commit(store, kiosk::test::content_yaml("Fresh"), {}, 1);
    REQUIRE(good);
    REQUIRE(fresh);
    // On trial with one start: the next start shows it again.
    REQUIRE(kiosk::write_trial_book(dir, kiosk::TrialBook{good->id, kiosk::TrialRecord{fresh->id, 1}}));
    const std::string book = kiosk::test::read_file(dir + "/trial");
    auto shown = kiosk::preview_boot_snapshot(dir, kiosk::snapshot_document_loader());
    REQUIRE(shown);
    CHECK(shown->content.event.title == "Fresh");
    CHECK(kiosk::test::read_file(dir + "/trial") == book);
    // After the starts it may have, the next start sets it aside and shows the good one.
    REQUIRE(kiosk::write_trial_book(dir,
                                    kiosk::TrialBook{good->id, kiosk::TrialRecord{fresh->id, kiosk::kMaxTrialStarts}}));
    shown = kiosk::preview_boot_snapshot(dir, kiosk::snapshot_document_loader());
    REQUIRE(shown);
    CHECK(shown->content.event.title == "Good");
    CHECK(!fs::exists(dir + "/set-aside"));
    CHECK(kiosk::read_pointer(dir, kiosk::SnapshotKind::Content)->current == fresh->id);
    // With no good one to fall back to, the preview says so.
    REQUIRE(kiosk::write_trial_book(dir, kiosk::TrialBook{"", kiosk::TrialRecord{fresh->id, kiosk::kMaxTrialStarts}}));
    shown = kiosk::preview_boot_snapshot(dir, kiosk::snapshot_document_loader());
    REQUIRE(!shown);
    CHECK(shown.error().message.find("would be set aside") != std::string::npos);
}

TEST_CASE("cache: a start gives the trial book it leaves behind, so the screen need not read it again") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    const auto good = commit(store, kiosk::test::content_yaml("Good"), {}, 0);
    const auto fresh = commit(store, kiosk::test::content_yaml("Fresh"), {}, 1);
    REQUIRE(good);
    REQUIRE(fresh);
    REQUIRE(kiosk::write_trial_book(dir, kiosk::TrialBook{good->id, kiosk::TrialRecord{fresh->id, 1}}));
    // A start that shows the snapshot on trial counts one more start, in the book given and on disk.
    const kiosk::BootStart shown = kiosk::begin_boot(dir, kiosk::SnapshotKind::Content);
    CHECK_FALSE(shown.set_aside);
    CHECK(shown.book.good == good->id);
    REQUIRE(shown.book.trial);
    CHECK(shown.book.trial->id == fresh->id);
    CHECK(shown.book.trial->starts == 2);
    CHECK(kiosk::format_trial_book(shown.book) == kiosk::test::read_file(dir + "/trial"));
    // The start that sets it aside gives a book with no trial left.
    const kiosk::BootStart aside = kiosk::begin_boot(dir, kiosk::SnapshotKind::Content);
    REQUIRE(aside.set_aside);
    CHECK(aside.book.good == good->id);
    CHECK_FALSE(aside.book.trial);
    CHECK(kiosk::format_trial_book(aside.book) == kiosk::test::read_file(dir + "/trial"));
    // A kind with no snapshot in the cache gives an empty book.
    const kiosk::BootStart none = kiosk::begin_boot(dir, kiosk::SnapshotKind::Posts);
    CHECK_FALSE(none.set_aside);
    CHECK(none.book.good.empty());
    CHECK_FALSE(none.book.trial);
}

TEST_CASE("cache: a preview of an empty cache says it holds no snapshot") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const auto shown = kiosk::preview_boot_snapshot(dir, kiosk::snapshot_document_loader());
    REQUIRE(!shown);
    CHECK(shown.error().message == "no content snapshot in " + dir);
}

TEST_CASE("cache: posts snapshots are boot-counted apart from the content's, and set aside to the last good posts") {
    const std::string dir = kiosk::test::make_temp_dir("cache");
    const kiosk::SnapshotStore store(dir, kiosk::snapshot_document_loader());
    const auto commit_posts = [&](const std::string& text, int minute) {
        const std::string document = kiosk::test::posts_yaml({text});
        kiosk::Manifest m;
        m.kind = kiosk::SnapshotKind::Posts;
        m.source = m.base = "https://example.org/posts.yaml";
        m.time_zone = "Europe/London";
        m.fetched_at = at_minute(minute);
        m.content_sha256 = kiosk::sha256_hex(document);
        m.content_bytes = document.size();
        return store.commit(document, m);
    };
    const auto content = commit(store, kiosk::test::content_yaml("Programme"), {}, 0);
    const auto good = commit_posts("Good post", 1);
    REQUIRE(content);
    REQUIRE(good);
    REQUIRE(kiosk::record_confirmed(dir, content->id, kiosk::SnapshotKind::Content));
    REQUIRE(kiosk::record_new_snapshot(dir, good->id, kiosk::SnapshotKind::Posts));
    REQUIRE(kiosk::record_confirmed(dir, good->id, kiosk::SnapshotKind::Posts));
    const auto bad = commit_posts("Post that stops the screen", 2);
    REQUIRE(bad);
    REQUIRE(kiosk::record_new_snapshot(dir, bad->id, kiosk::SnapshotKind::Posts));

    // Two starts with the new posts on trial that did not last, then the third sets them aside.
    CHECK_FALSE(kiosk::begin_boot(dir, kiosk::SnapshotKind::Posts).set_aside);
    CHECK_FALSE(kiosk::begin_boot(dir, kiosk::SnapshotKind::Content).set_aside);
    const auto aside = kiosk::begin_boot(dir, kiosk::SnapshotKind::Posts).set_aside;
    REQUIRE(aside);
    CHECK(aside->kind == kiosk::SnapshotKind::Posts);
    CHECK(aside->id == bad->id);
    CHECK(aside->starts == kiosk::kMaxTrialStarts);
    CHECK(aside->fallback == good->id);

    const auto posts = kiosk::load_initial(dir, kiosk::snapshot_document_loader(), kiosk::SnapshotKind::Posts);
    REQUIRE(posts);
    CHECK(posts->id == good->id);
    REQUIRE(posts->content.posts.size() == 1);
    CHECK(posts->content.posts.front().text == "Good post");
    // The content snapshot is untouched: its own book is as it was, and it is still current.
    CHECK(kiosk::read_trial_book(dir, kiosk::SnapshotKind::Content).good == content->id);
    CHECK_FALSE(kiosk::read_trial_book(dir, kiosk::SnapshotKind::Content).trial);
    const auto programme = kiosk::load_initial(dir, kiosk::snapshot_document_loader(), kiosk::SnapshotKind::Content);
    REQUIRE(programme);
    CHECK(programme->id == content->id);
    // The set-aside document is remembered, so the posts poller refuses the same bytes again.
    const auto records = kiosk::read_set_aside(dir);
    REQUIRE(records.size() == 1);
    CHECK(records.front().id == bad->id);
    // The good posts survive collection whatever the bound, as the content's good snapshot does.
    kiosk::collect_garbage(dir, 1);
    CHECK(fs::is_directory(dir + "/snapshots/" + good->id));
}
