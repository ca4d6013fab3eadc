// Content signatures where they meet the network and the cache: the signature fetched beside the
// document, kept in its snapshot so the cache is shown only while a trusted key vouches for it,
// and the newest accepted timestamp kept on disk so a replayed older version is refused after a
// restart too.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "kiosk/base/result.h"
#include "kiosk/cache/snapshot_store.h"
#include "kiosk/net/source_policy.h"
#include "kiosk/trust/signed_document.h"

namespace kiosk {

// Where a document's minisign signature is: its URL with ".minisig" added.
std::string signature_url(const ContentSource& source);

// The file that keeps the newest accepted signature's timestamp for `source` in `cache_dir`.
std::string last_signed_path(const std::string& cache_dir, SnapshotKind kind, const std::string& source);
std::optional<std::int64_t> read_last_signed(const std::string& path);
Status write_last_signed(const std::string& path, std::int64_t timestamp);

// The cached snapshot's document checked again against its own signature and `keys` (which may
// have changed since it was fetched). The error says why it may not be shown.
Result<trust::SignedVersion> verify_cached_snapshot(const SnapshotStore& store, const CachedSnapshot& snapshot,
                                                    std::span<const trust::PublicKey> keys);

}  // namespace kiosk
