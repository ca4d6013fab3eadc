// Test helper: commits snapshots into a cache folder in a loop, to be killed at random moments.
//
// usage: snapshot_writer DIR COUNT   (COUNT 0 = until killed)
// Snapshots alternate between two titles, "Version A" and "Version B"; each names three photos
// whose bytes change with every commit, so every commit also writes and collects assets.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_reader.h"
#include "tests/cache/content_text.h"

namespace {

constexpr std::uint64_t kBudget = 512 * 1024;  // small, so the size bound is exercised too

bool commit_one(const kiosk::SnapshotStore& store, long i) {
    const std::string title = i % 2 == 0 ? "Version A" : "Version B";
    const std::vector<std::string> photos = {"photos/a.jpg", "photos/b.jpg", "photos/c.jpg"};
    const std::string document = kiosk::test::content_yaml(title, photos);
    kiosk::Manifest m;
    m.source = m.base = "https://example.org/event.yaml";
    m.fetched_at = kiosk::Instant{std::chrono::seconds{1'700'000'000 + i}};
    m.content_sha256 = kiosk::sha256_hex(document);
    m.content_bytes = document.size();
    for (const auto& p : photos) {
        const std::string bytes(20'000, static_cast<char>('a' + i % 26));
        // The process id makes every run's bytes, and so every snapshot id, new.
        const std::string unique = bytes + p + std::to_string(::getpid()) + "-" + std::to_string(i);
        const auto name = store.put_asset(unique);
        if (!name) return false;
        m.assets.push_back({"https://example.org/" + p, *name, unique.size(), "", ""});
    }
    const auto committed = store.commit(document, m);
    if (!committed) std::fprintf(stderr, "snapshot_writer: %s\n", committed.error().message.c_str());
    return committed.has_value();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: snapshot_writer DIR COUNT\n");
        return 2;
    }
    const kiosk::SnapshotStore store(argv[1], kiosk::snapshot_document_loader(), kBudget);
    const long count = std::stol(argv[2]);
    for (long i = 0; count == 0 || i < count; ++i) {
        if (!commit_one(store, i)) return 1;
    }
    return 0;
}
