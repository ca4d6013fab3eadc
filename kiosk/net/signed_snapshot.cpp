// Signatures kept with snapshots, and the replay guard's one number on disk.
#include "kiosk/net/signed_snapshot.h"

#include <charconv>
#include <filesystem>

#include "kiosk/cache/durable_file.h"
#include "kiosk/cache/sha256.h"
#include "kiosk/content/content_limits.h"

namespace kiosk {

std::string signature_url(const ContentSource& source) { return source.fetch_url + ".minisig"; }

std::string last_signed_path(const std::string& cache_dir, SnapshotKind kind, const std::string& source) {
    return cache_dir + "/last-signed-" + std::string(kind == SnapshotKind::Posts ? "posts-" : "content-") +
           sha256_hex(source).substr(0, 16);
}

std::optional<std::int64_t> read_last_signed(const std::string& path) {
    const auto text = read_file_limited(path, 64);
    if (!text) return std::nullopt;
    std::int64_t value = 0;
    const char* end = text->data() + text->size();
    const auto [stop, error] = std::from_chars(text->data(), end, value);
    if (error != std::errc() || (stop != end && *stop != '\n')) return std::nullopt;
    return value;
}

Status write_last_signed(const std::string& path, std::int64_t timestamp) {
    return replace_file_synced(path, std::to_string(timestamp) + "\n");
}

Result<trust::SignedVersion> verify_cached_snapshot(const SnapshotStore& store, const CachedSnapshot& snapshot,
                                                    std::span<const trust::PublicKey> keys) {
    const Manifest& m = snapshot.manifest;
    const AssetEntry* signature = nullptr;
    for (const AssetEntry& a : m.assets) {
        if (a.url.ends_with(".minisig")) signature = &a;
    }
    if (!signature) return unexpected(std::string("the cached snapshot has no signature"));
    const auto signature_text = read_file_limited(store.asset_path(signature->sha256), trust::kMaxSignatureBytes);
    if (!signature_text) return unexpected("the cached signature cannot be read: " + signature_text.error().message);
    const auto document =
        read_file_limited(store.dir() + "/snapshots/" + snapshot.id + "/content.yaml", limits::kMaxFileBytes);
    if (!document) return unexpected("the cached document cannot be read: " + document.error().message);
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(document->data()), document->size());
    return trust::check_signed_document(bytes, *signature_text, keys, trust::signed_file_name(m.source), std::nullopt);
}

}  // namespace kiosk
