// Committing and loading snapshots. Nothing becomes current before it has been read back whole.
#include "kiosk/cache/snapshot_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "kiosk/base/log.h"
#include "kiosk/cache/asset_refs.h"
#include "kiosk/cache/cache_collector.h"
#include "kiosk/cache/posts_document.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/cache/snapshot_pointer.h"
#include "kiosk/content/content_limits.h"
#include "kiosk/content/content_loader.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxManifestBytes = 8 * 1024 * 1024;

Status make_folder(const std::string& path) {
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) return unexpected("cannot create folder " + path + ": " + ec.message());
    return {};
}

// The programme's schedule export, when the document names one, is read from the snapshot's own
// copy: a cached snapshot never depends on the network.
LoadResult load_document(const std::string& text, const Manifest& m, const SnapshotStore& store,
                         const DocumentLoader& load) {
    if (m.kind == SnapshotKind::Posts) return load_posts_text(text, m.source, m.base, m.time_zone);
    LoadOptions options;
    options.base = m.base;
    return load(text, m.source, options, [&](const std::string& url) -> std::optional<std::string> {
        const AssetEntry* entry = m.find_asset(url);
        if (!entry) return std::nullopt;
        return store.asset_path(entry->sha256);
    });
}

// Points each media field at its cached file; what the cache does not hold becomes a placeholder.
// A damaged file (its bytes no longer match its name) counts as lost, like a missing one.
Result<std::size_t> attach_assets(Content& content, const Manifest& m, const SnapshotStore& store, AssetCheck check,
                                  std::vector<std::string>& lost) {
    std::size_t placeholders = 0;
    rewrite_asset_references(content, [&](const std::string& ref) -> std::string {
        const AssetEntry* entry = m.find_asset(ref);
        if (entry && store.has_asset(*entry)) return store.asset_path(entry->sha256);
        if (entry && std::find(lost.begin(), lost.end(), ref) == lost.end()) lost.push_back(ref);
        ++placeholders;
        return {};
    });
    if (!lost.empty() && check == AssetCheck::Require) {
        return unexpected("the cached file for " + lost.front() + " is missing or damaged");
    }
    if (!lost.empty()) {
        log::warning("cache: " + std::to_string(lost.size()) + " cached media files are missing or damaged (first: " +
                     lost.front() + "); shown as placeholders until fetched again");
    }
    return placeholders;
}

}  // namespace

SnapshotStore::SnapshotStore(std::string dir, DocumentLoader load, std::uint64_t max_bytes)
    : dir_(std::move(dir)), load_(std::move(load)), max_bytes_(max_bytes) {}

std::string SnapshotStore::asset_path(std::string_view sha256) const { return dir_ + "/assets/" + std::string(sha256); }

bool SnapshotStore::has_asset(const AssetEntry& entry) const {
    struct stat st {};
    if (!is_sha256_hex(entry.sha256) || ::stat(asset_path(entry.sha256).c_str(), &st) != 0) return false;
    if (!S_ISREG(st.st_mode) || static_cast<std::uint64_t>(st.st_size) != entry.bytes) return false;
    // The size alone is no proof: a file damaged in place (a bad block, a stray write) keeps it.
    return sha256_file_hex(asset_path(entry.sha256), entry.bytes) == entry.sha256;
}

Result<std::string> SnapshotStore::put_asset(std::string_view bytes) const {
    std::string name = sha256_hex(bytes);
    const std::string path = asset_path(name);
    if (sha256_file_hex(path, bytes.size()) == name) {
        // Content-addressed: the same name means the same bytes. Touch it so collection sees it as young.
        ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
        return name;
    }
    if (auto made = make_folder(dir_ + "/assets"); !made) return unexpected(made.error());
    // The folder is flushed once per commit (see write_aside), not once per asset.
    if (auto written = replace_file_synced(path, bytes); !written) return unexpected(written.error());
    return name;
}

Result<std::string> SnapshotStore::write_aside(std::string_view document, const Manifest& manifest) const {
    const std::string manifest_text = manifest_to_yaml(manifest);
    const std::string id = make_snapshot_id(manifest.fetched_at, manifest_text);
    const std::string snapshots = dir_ + "/snapshots";
    const std::string final_dir = snapshots + "/" + id;
    if (fs::exists(final_dir)) return id;  // the same manifest was committed before: reuse it
    const std::string temp = snapshots + "/.tmp-" + id + "-" + std::to_string(::getpid());
    std::error_code ec;
    if (fs::exists(dir_ + "/assets", ec)) {
        if (auto r = sync_directory(dir_ + "/assets"); !r) return unexpected(r.error());
    }
    fs::remove_all(temp, ec);
    if (auto made = make_folder(temp); !made) return unexpected(made.error());
    if (auto r = create_file_synced(temp + "/content.yaml", document); !r) return unexpected(r.error());
    if (auto r = create_file_synced(temp + "/manifest.yaml", manifest_text); !r) return unexpected(r.error());
    if (auto r = sync_directory(temp); !r) return unexpected(r.error());
    fs::rename(temp, final_dir, ec);
    if (ec) return unexpected("cannot move snapshot " + id + " into place: " + ec.message());
    if (auto r = sync_directory(snapshots); !r) return unexpected(r.error());
    return id;
}

Status SnapshotStore::switch_current(SnapshotKind kind, const std::string& id) const {
    SnapshotPointer pointer{id, {}};
    if (const auto old = read_pointer(dir_, kind)) pointer.previous = old->current == id ? old->previous : old->current;
    return write_file_durably(dir_ + "/" + pointer_file_name(kind), format_pointer(pointer));
}

Result<CachedSnapshot> SnapshotStore::commit(std::string_view document, const Manifest& manifest) const {
    if (auto made = make_folder(dir_ + "/snapshots"); !made) return unexpected(made.error());
    auto lock = FileLock::acquire(dir_ + "/lock");
    if (!lock) return unexpected(lock.error());
    const auto id = write_aside(document, manifest);
    if (!id) return unexpected(id.error());
    auto loaded = load_snapshot(dir_, *id, manifest.kind, AssetCheck::Require, load_);
    if (!loaded) return unexpected("snapshot " + *id + " does not load back: " + loaded.error().message);
    if (auto switched = switch_current(manifest.kind, *id); !switched) return unexpected(switched.error());
    collect_garbage(dir_, max_bytes_);
    return loaded;
}

Result<CachedSnapshot> SnapshotStore::load_current(SnapshotKind kind) const {
    const auto pointer = read_pointer(dir_, kind);
    if (!pointer) return unexpected("no " + std::string(kind_name(kind)) + " snapshot in " + dir_);
    auto current = load_snapshot(dir_, pointer->current, kind, AssetCheck::Tolerate, load_);
    if (current || pointer->previous.empty()) return current;
    log::warning("cache: snapshot " + pointer->current + " does not load (" + current.error().message +
                 "); using the previous one");
    return load_snapshot(dir_, pointer->previous, kind, AssetCheck::Tolerate, load_);
}

Result<CachedSnapshot> load_snapshot(const std::string& dir, const std::string& id, SnapshotKind kind,
                                     AssetCheck check, const DocumentLoader& load) {
    if (!is_snapshot_id(id)) return unexpected("'" + id + "' is not a snapshot id");
    const std::string folder = dir + "/snapshots/" + id;
    const auto manifest_text = read_file_limited(folder + "/manifest.yaml", kMaxManifestBytes);
    if (!manifest_text) return unexpected(manifest_text.error());
    auto manifest = parse_manifest(*manifest_text);
    if (!manifest) return unexpected(folder + "/manifest.yaml:" + manifest.error().message);
    if (manifest->kind != kind) return unexpected(folder + " holds " + std::string(kind_name(manifest->kind)));
    const auto document = read_file_limited(folder + "/content.yaml", limits::kMaxFileBytes);
    if (!document) return unexpected(document.error());
    if (sha256_hex(*document) != manifest->content_sha256) return unexpected(folder + "/content.yaml is damaged");
    const SnapshotStore store(dir, load);
    LoadResult result = load_document(*document, *manifest, store, load);
    if (!result.content) return unexpected(first_error(result.diagnostics));
    std::vector<std::string> lost;
    const auto placeholders = attach_assets(*result.content, *manifest, store, check, lost);
    if (!placeholders) return unexpected(placeholders.error());
    return CachedSnapshot{id, std::move(*manifest), std::move(*result.content), *placeholders, std::move(lost)};
}

std::optional<CachedSnapshot> load_initial(const std::string& cache_dir, const DocumentLoader& load, SnapshotKind kind) {
    auto loaded = SnapshotStore(cache_dir, load).load_current(kind);
    if (!loaded) {
        log::info("cache: nothing to show from the cache yet: " + loaded.error().message);
        return std::nullopt;
    }
    log::info("cache: showing " + std::string(kind_name(kind)) + " snapshot " + loaded->id + " of " +
              loaded->manifest.source + ", fetched " + format_utc(loaded->manifest.fetched_at));
    return std::move(*loaded);
}

}  // namespace kiosk
