// The offline cache on disk: content-addressed assets, immutable snapshots, and atomic switches.
//
// Layout under the cache folder:
//   assets/<sha256>               each asset once, named by the SHA-256 of its bytes
//   snapshots/<id>/content.yaml   the document exactly as fetched
//   snapshots/<id>/manifest.yaml  source, validators, fetched-at, asset map (see manifest.h)
//   current, current-posts        "<id>\n<previous id>\n", replaced atomically
//   lock                          held (flock) while a snapshot is committed
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.h"
#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/manifest.h"
#include "kiosk/content/content_loader.h"
#include "kiosk/content/content_model.h"

namespace kiosk {

inline constexpr std::uint64_t kDefaultCacheBytes = 256ull * 1024 * 1024;

// The snapshot's own copy of a file its document names (a schedule export): its path, or nothing.
using SnapshotFileFinder = std::function<std::optional<std::string>(const std::string& url)>;
// Turns a content snapshot's document into content. The cache knows no importers: the caller passes
// one that merges the sources the document names, read from the files `find` gives, so a cached
// snapshot never depends on the network (snapshot_document_loader() in net/source_reader.h).
using DocumentLoader = std::function<LoadResult(std::string_view text, const std::string& source_name,
                                                const LoadOptions& options, const SnapshotFileFinder& find)>;

// A snapshot read back from disk, its media fields pointing at files under assets/.
struct CachedSnapshot {
    std::string id;
    Manifest manifest;
    Content content;              // for a posts snapshot only `posts` is meaningful
    std::size_t placeholders = 0; // media shown as placeholders: failed fetches or lost files
    std::vector<std::string> lost; // media the manifest maps whose files are gone or damaged
};

// How loading treats an asset the manifest names but the disk no longer holds.
enum class AssetCheck { Require, Tolerate };

class SnapshotStore {
public:
    SnapshotStore(std::string dir, DocumentLoader load, std::uint64_t max_bytes = kDefaultCacheBytes);

    const std::string& dir() const { return dir_; }
    std::string asset_path(std::string_view sha256) const;
    // True when the asset's file is present with the size and the SHA-256 the manifest records.
    bool has_asset(const AssetEntry& entry) const;

    // Stores `bytes` durably under their SHA-256 and returns that name.
    Result<std::string> put_asset(std::string_view bytes) const;

    // Writes the snapshot aside, checks that it loads with every asset present, makes it current
    // atomically, then collects what no current or previous snapshot uses.
    Result<CachedSnapshot> commit(std::string_view document, const Manifest& manifest) const;

    // The current snapshot of `kind`, falling back to the previous one if the current cannot load.
    Result<CachedSnapshot> load_current(SnapshotKind kind) const;

private:
    Result<std::string> write_aside(std::string_view document, const Manifest& manifest) const;
    Status switch_current(SnapshotKind kind, const std::string& id) const;

    std::string dir_;
    DocumentLoader load_;
    std::uint64_t max_bytes_;
};

// Loads snapshot `id` of `kind` from the cache folder `dir`.
Result<CachedSnapshot> load_snapshot(const std::string& dir, const std::string& id, SnapshotKind kind,
                                     AssetCheck check, const DocumentLoader& load);

// At boot: the current snapshot, read from disk only (no network), or nothing when the cache is
// empty or unreadable (the reason is logged).
std::optional<CachedSnapshot> load_initial(const std::string& cache_dir, const DocumentLoader& load,
                                          SnapshotKind kind = SnapshotKind::Content);

}  // namespace kiosk
